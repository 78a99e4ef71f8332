using System.Text.Json.Nodes;
using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Citizens;

/// <summary>
/// Pages of citizens filtered by a project or a target group that matches many citizens (more than the host's
/// <c>CrossSourceIdsUpTo</c>), as a BIF caseworker sees them: checked in Employment a chunk of candidates at a time.
/// Walked forwards and backwards in every order, with name and district conditions beside them, they hold each
/// enrolled citizen of the caseload once and nobody else, their count never counts anyone outside it, and a cursor
/// keeps its place while citizens are written between pages. The expectations are read from the sources directly.
/// Run on SQLite and on PostgreSQL.
/// </summary>
public abstract class CrossSourceFilterContract(JobMatchHost host)
{
    /// <summary>Few enough that every demo project and target group is checked chunk by chunk, not sent as ids.</summary>
    public const string IdsUpTo = "3";

    /// <summary>The count bound the hosts run with, small enough for a test to cross.</summary>
    public const string CountBound = "5";

    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String, $where: CitizenFilterInput, $order: [CitizenSortInput!]) {
          citizens(first: $first, after: $after, last: $last, before: $before, where: $where, order: $order) {
            totalCount totalCountIsExact pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id }
          }
        }
        """;

    public const string KlapJob = "KLAPJOB";

    private GraphQLClient Bif => host.GraphQLAs(Departments.Employment, Role.Caseworker);

    public static TheoryData<string> Orders => ["name", "birthDate", "district", "lastName-desc"];

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task AProjectFilterWalksEveryEnrolledCitizenOfTheCaseloadOnceInEachOrderBothWays(string order)
    {
        var expected = await ExpectedAsync(KlapJob, null);

        var (forwards, backwards) = await WalkBothWaysAsync(new { enrolledInProject = new { eq = KlapJob } }, OrderOf(order), size: 4);

        Assert.True(expected.Count > 8, $"the demo data should enrol more than two pages of BIF's caseload in {KlapJob}, not {expected.Count}");
        Assert.Equal(forwards.Count, forwards.Distinct().Count());
        Assert.Equal(expected.Order(), forwards.Order());
        Assert.Equal(forwards, backwards);
    }

    [Fact]
    public async Task AProjectFilterBesideADistrictAndANameConditionHoldsOnlyCitizensMeetingAll()
    {
        var district = await MostEnrolledDistrictAsync(KlapJob);
        var inDistrict = await ExpectedAsync(KlapJob, c => c.District == district);
        var named = await ExpectedAsync(KlapJob, c => c.SearchName.Contains("a"));

        var (byDistrict, back) = await WalkBothWaysAsync(new { enrolledInProject = new { eq = KlapJob }, district = new { eq = district } }, OrderOf("birthDate"), size: 2);
        var (byName, _) = await WalkBothWaysAsync(new { and = new object[] { new { name = new { contains = "A" } }, new { project = KlapJob } } }, OrderOf("name"), size: 3);

        Assert.True(inDistrict.Count > 2, $"{district} should have more than a page of {KlapJob} participants");
        Assert.Equal(inDistrict.Order(), byDistrict.Order());
        Assert.Equal(byDistrict, back);
        Assert.Equal(named.Order(), byName.Order());
    }

    [Fact]
    public async Task ATargetGroupFilterWalksTheCitizensInItTodayOnce()
    {
        var group = await LargestTargetGroupAsync();
        var expected = await ExpectedInTargetGroupAsync(group);

        var (forwards, backwards) = await WalkBothWaysAsync(new { currentTargetGroup = new { eq = group } }, OrderOf("name"), size: 7);

        Assert.True(expected.Count > 7, $"the demo data should put more than a page of BIF's caseload in {group} today");
        Assert.Equal(expected.Order(), forwards.Order());
        Assert.Equal(forwards, backwards);
    }

    [Fact]
    public async Task AFilteredPageAndItsCountHoldNoEnrolledCitizenOutsideTheCaseload()
    {
        var name = Unique("Klapsholm");
        var inside = new List<string>();
        for (var i = 0; i < 3; i++)
            inside.Add((await AddCitizenAsync(name, new DateOnly(1980 + i, 1, 1), Departments.Employment, KlapJob)).ToString());
        await AddCitizenAsync(name, new DateOnly(1970, 1, 1), Departments.Social, KlapJob);
        await AddCitizenAsync(name, new DateOnly(1971, 1, 1), null, KlapJob);
        await AddCitizenAsync(name, new DateOnly(1972, 1, 1), Departments.Employment, null);

        var where = new { lastName = new { eq = name }, enrolledInProject = new { eq = KlapJob } };
        var page = await PageAsync(new { first = 10, where });
        var back = await PageAsync(new { last = 10, where });

        Assert.Equal(inside.Order(), Ids(page).Order());
        Assert.Equal(inside.Order(), Ids(back).Order());
        Assert.Equal((3, true), Count(page));
    }

    [Fact]
    public async Task ACountUnderAProjectFilterStopsAtTheBoundAndSaysSo()
    {
        var name = Unique("Tællevej");
        var where = new { lastName = new { eq = name }, enrolledInProject = new { eq = KlapJob } };
        for (var i = 0; i < 5; i++)
            await AddCitizenAsync(name, new DateOnly(1970 + i, 1, 1), Departments.Employment, KlapJob);
        for (var i = 0; i < 3; i++)
            await AddCitizenAsync(name, new DateOnly(1960 + i, 1, 1), Departments.Health, KlapJob);
        var five = await PageAsync(new { first = 2, where });
        await AddCitizenAsync(name, new DateOnly(1990, 1, 1), Departments.Employment, KlapJob);
        var six = await PageAsync(new { first = 2, where });
        var whole = await PageAsync(new { first = 2, where = new { enrolledInProject = new { eq = KlapJob } } });

        Assert.Equal((5, true), Count(five));
        Assert.Equal((5, false), Count(six));
        Assert.Equal((5, false), Count(whole));
        Assert.Equal(2, Ids(six).Count);
    }

    [Fact]
    public async Task ACursorUnderAProjectFilterKeepsItsPlaceWhenCitizensAreEnrolledBetweenPages()
    {
        var name = Unique("Søgevej");
        var where = new { lastName = new { eq = name }, enrolledInProject = new { eq = KlapJob } };
        foreach (var year in new[] { 1960, 1970, 1980, 1990, 2000, 2005 })
            await AddCitizenAsync(name, new DateOnly(year, 6, 1), Departments.Employment, KlapJob);
        var order = OrderOf("birthDate");
        var first = await PageAsync(new { first = 3, where, order });

        await AddCitizenAsync(name, new DateOnly(1995, 6, 1), Departments.Employment, KlapJob);
        await AddCitizenAsync(name, new DateOnly(1975, 6, 1), Departments.Employment, KlapJob);
        await AddCitizenAsync(name, new DateOnly(1985, 6, 1), Departments.Employment, null);
        var second = await PageAsync(new { first = 3, where, order, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() });
        var back = await PageAsync(new { last = 3, where, order, before = second["pageInfo"]!["startCursor"]!.GetValue<string>() });

        Assert.Equal(await BirthDatesAsync(Ids(first)), ["2005-06-01", "2000-06-01", "1990-06-01"]);
        Assert.Equal(await BirthDatesAsync(Ids(second)), ["1980-06-01", "1975-06-01", "1970-06-01"]);
        Assert.Equal(await BirthDatesAsync(Ids(back)), ["2000-06-01", "1995-06-01", "1990-06-01"]);
        Assert.True(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AProjectFilterByADepartmentThatMayNotSeeEnrolmentsIsRefused()
    {
        var response = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(Page, new { first = 5, where = new { enrolledInProject = new { eq = KlapJob } } });

        Assert.Equal([AccessDecision.NotAuthorized], response.ErrorCodes);
        Assert.True(response.Data?["citizens"] is null);
    }

    [Fact]
    public async Task ABroadProjectConditionInsideOrIsRefusedWithAClearError()
    {
        var response = await Bif.PostAsync(Page, new { first = 5, where = new { or = new object[] { new { enrolledInProject = new { eq = KlapJob } }, new { district = new { eq = "Valby" } } } } });

        Assert.Equal(["FILTER_TOO_BROAD"], response.ErrorCodes);
        Assert.Contains("'enrolledInProject' inside 'or'", response.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFilteredPageCostsTheSameStatementsForFiveAndFiftyCitizens()
    {
        const string document = "query($n: Int!) { citizens(first: $n, where: { enrolledInProject: { eq: \"KLAPJOB\" } }) { totalCount nodes { id name } } }";

        var five = await Bif.PostAsync(document, new { n = 5 });
        var fifty = await Bif.PostAsync(document, new { n = 50 });

        Assert.Empty(five.Errors);
        Assert.Empty(fifty.Errors);
        Assert.Equal(5, five.Data!["citizens"]!["nodes"]!.AsArray().Count);
        Assert.Equal(Statements(five), Statements(fifty));
    }

    private static int Statements(GraphQLResponse response) =>
        response.Json!["extensions"]!["diagnostics"]!["sources"]!.AsObject()
            .Where(s => s.Key != "Audit").Sum(s => s.Value!["statements"]!.GetValue<int>());

    private static object[] OrderOf(string order) => order switch
    {
        "name" => [new { name = "ASC" }],
        "birthDate" => [new { birthDate = "DESC" }],
        "district" => [new { district = "ASC" }, new { firstName = "ASC" }],
        _ => [new { lastName = "DESC" }],
    };

    /// <summary>Every page forwards with first/after, then every page backwards with last/before, each list in the served order.</summary>
    private async Task<(List<string> Forwards, List<string> Backwards)> WalkBothWaysAsync(object where, object[] order, int size)
    {
        var forwards = new List<string>();
        var page = await PageAsync(new { first = size, where, order });
        forwards.AddRange(Ids(page));
        for (var i = 0; page["pageInfo"]!["hasNextPage"]!.GetValue<bool>(); i++)
        {
            Assert.True(i < 500, "the walk forwards should end");
            page = await PageAsync(new { first = size, where, order, after = page["pageInfo"]!["endCursor"]!.GetValue<string>() });
            forwards.AddRange(Ids(page));
        }
        var backwards = new List<string>();
        page = await PageAsync(new { last = size, where, order });
        backwards.InsertRange(0, Ids(page));
        for (var i = 0; page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>(); i++)
        {
            Assert.True(i < 500, "the walk backwards should end");
            page = await PageAsync(new { last = size, where, order, before = page["pageInfo"]!["startCursor"]!.GetValue<string>() });
            backwards.InsertRange(0, Ids(page));
        }
        return (forwards, backwards);
    }

    private async Task<JsonNode> PageAsync(object variables) => (await Bif.PostAsync(Page, variables)).DataOrThrow()["citizens"]!;

    private static List<string> Ids(JsonNode page) => page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();

    private static (int, bool) Count(JsonNode page) => (page["totalCount"]!.GetValue<int>(), page["totalCountIsExact"]!.GetValue<bool>());

    private static string Unique(string stem) => stem + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6));

    private async Task<List<string>> BirthDatesAsync(List<string> ids)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync();
        var days = await db.Citizens.Where(c => ids.Select(Guid.Parse).Contains(c.Id)).ToDictionaryAsync(c => c.Id.ToString(), c => c.BirthDate);
        return ids.Select(id => days[id].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    private async Task<HashSet<Guid>> CaseloadAsync(System.Linq.Expressions.Expression<Func<Citizen, bool>>? condition)
    {
        var today = JobMatchHost.Today;
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync();
        var citizens = db.Citizens.Where(c => db.ContactAssignments.Any(a => a.CitizenId == c.Id && a.DepartmentCode == Departments.Employment && a.From <= today && (a.To == null || a.To >= today)));
        if (condition is not null)
            citizens = citizens.Where(condition);
        return [.. await citizens.Select(c => c.Id).ToListAsync()];
    }

    /// <summary>BIF's caseload enrolled in the project and meeting the Registry condition, read from both sources.</summary>
    private async Task<List<string>> ExpectedAsync(string project, System.Linq.Expressions.Expression<Func<Citizen, bool>>? condition)
    {
        var caseload = await CaseloadAsync(condition);
        await using var employment = await host.Services.GetRequiredService<IDbContextFactory<EmploymentContext>>().CreateDbContextAsync();
        var enrolled = await employment.Enrollments.Where(e => e.ProjectCode == project).Select(e => e.CitizenId).Distinct().ToListAsync();
        return enrolled.Where(caseload.Contains).Select(id => id.ToString()).ToList();
    }

    private async Task<List<string>> ExpectedInTargetGroupAsync(string group)
    {
        var caseload = await CaseloadAsync(null);
        var today = JobMatchHost.Today;
        await using var employment = await host.Services.GetRequiredService<IDbContextFactory<EmploymentContext>>().CreateDbContextAsync();
        var members = await employment.TargetGroupPeriods.Where(p => p.TargetGroupCode == group && p.From <= today && (p.To == null || p.To >= today)).Select(p => p.CitizenId).Distinct().ToListAsync();
        return members.Where(caseload.Contains).Select(id => id.ToString()).ToList();
    }

    private async Task<string> MostEnrolledDistrictAsync(string project)
    {
        await using var employment = await host.Services.GetRequiredService<IDbContextFactory<EmploymentContext>>().CreateDbContextAsync();
        var enrolled = await employment.Enrollments.Where(e => e.ProjectCode == project).Select(e => e.CitizenId).Distinct().ToListAsync();
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync();
        var districts = await db.Citizens.Where(c => enrolled.Contains(c.Id)).Select(c => c.District).ToListAsync();
        return districts.GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
    }

    private async Task<string> LargestTargetGroupAsync()
    {
        var today = JobMatchHost.Today;
        await using var employment = await host.Services.GetRequiredService<IDbContextFactory<EmploymentContext>>().CreateDbContextAsync();
        var codes = await employment.TargetGroupPeriods.Where(p => p.From <= today && (p.To == null || p.To >= today)).Select(p => p.TargetGroupCode).ToListAsync();
        return codes.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>A citizen with a contact person in <paramref name="department"/> (none when null), enrolled in <paramref name="project"/> (none when null).</summary>
    private async Task<Guid> AddCitizenAsync(string lastName, DateOnly birthDate, string? department, string? project)
    {
        var id = Guid.NewGuid();
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync())
        {
            db.Citizens.Add(new Citizen
            {
                Id = id,
                Cpr = Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
                FirstName = "Test",
                LastName = lastName,
                BirthDate = birthDate,
                District = "Valby",
            });
            if (department is not null)
            {
                var employee = await db.ContactAssignments.Where(a => a.DepartmentCode == department).Select(a => a.EmployeeId).FirstAsync();
                db.ContactAssignments.Add(new ContactAssignment
                {
                    Id = Guid.NewGuid(),
                    CitizenId = id,
                    EmployeeId = employee,
                    DepartmentCode = department,
                    Responsibility = "Test",
                    From = JobMatchHost.Today.AddYears(-1),
                });
            }
            await db.SaveChangesAsync();
        }
        if (project is not null)
        {
            await using var employment = await host.Services.GetRequiredService<IDbContextFactory<EmploymentContext>>().CreateDbContextAsync();
            employment.Enrollments.Add(new Enrollment
            {
                Id = Guid.NewGuid(),
                CitizenId = id,
                ProjectCode = project,
                ReferredBy = "BIF",
                EnrolledOn = JobMatchHost.Today.AddMonths(-2),
                Status = PlanStatus.Active,
            });
            await employment.SaveChangesAsync();
        }
        return id;
    }
}

/// <summary>
/// Pages under a project filter that may check only a few candidates each: a page that runs out of them comes back
/// short, with a cursor that goes on from the last candidate checked, so a walk still holds every enrolled citizen
/// once; a count that runs out of them says it is a lower bound.
/// </summary>
public abstract class ShortPageContract(JobMatchHost host)
{
    public const string CandidatesUpTo = "7";

    private const string KlapJob = CrossSourceFilterContract.KlapJob;

    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String, $where: CitizenFilterInput) {
          citizens(first: $first, after: $after, last: $last, before: $before, where: $where) {
            totalCount totalCountIsExact pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id }
          }
        }
        """;

    [Fact]
    public async Task ShortPagesGoOnFromTheLastCandidateCheckedAndMissNobody()
    {
        var client = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var where = new { enrolledInProject = new { eq = KlapJob } };
        var forwards = new List<string>();
        var shortPages = 0;
        JsonNode? page = null;
        for (var i = 0; page is null || page["pageInfo"]!["hasNextPage"]!.GetValue<bool>(); i++)
        {
            Assert.True(i < 1000, "the walk should end");
            page = (await client.PostAsync(Page, new { first = 3, where, after = page?["pageInfo"]!["endCursor"]!.GetValue<string>() })).DataOrThrow()["citizens"]!;
            var ids = page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
            shortPages += ids.Count < 3 && page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? 1 : 0;
            forwards.AddRange(ids);
        }
        var backwards = new List<string>();
        page = null;
        for (var i = 0; page is null || page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>(); i++)
        {
            Assert.True(i < 1000, "the walk should end");
            page = (await client.PostAsync(Page, new { last = 3, where, before = page?["pageInfo"]!["startCursor"]!.GetValue<string>() })).DataOrThrow()["citizens"]!;
            backwards.InsertRange(0, page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        }
        var count = (await client.PostAsync(Page, new { first = 1, where })).DataOrThrow()["citizens"]!;

        Assert.True(shortPages > 0, "some pages should have run out of candidates");
        Assert.Equal((await ExpectedAsync()).Order(), forwards.Order());
        Assert.Equal(forwards, backwards);
        Assert.False(count["totalCountIsExact"]!.GetValue<bool>());
        Assert.InRange(count["totalCount"]!.GetValue<int>(), 0, 7);
    }

    private async Task<List<string>> ExpectedAsync()
    {
        var today = JobMatchHost.Today;
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync();
        var caseload = (await db.ContactAssignments.Where(a => a.DepartmentCode == Departments.Employment && a.From <= today && (a.To == null || a.To >= today))
            .Select(a => a.CitizenId).ToListAsync()).ToHashSet();
        await using var employment = await host.Services.GetRequiredService<IDbContextFactory<EmploymentContext>>().CreateDbContextAsync();
        var enrolled = await employment.Enrollments.Where(e => e.ProjectCode == KlapJob).Select(e => e.CitizenId).Distinct().ToListAsync();
        return enrolled.Where(caseload.Contains).Select(id => id.ToString()).ToList();
    }
}

/// <summary>The real host on SQLite, with every demo project checked chunk by chunk and a count bound a test can cross.</summary>
public sealed class CrossSourceSqliteHost : JobMatchHost
{
    public CrossSourceSqliteHost()
    {
        Settings["JobMatch:Limits:CrossSourceIdsUpTo"] = CrossSourceFilterContract.IdsUpTo;
        Settings["JobMatch:Limits:ExactCountUpTo"] = CrossSourceFilterContract.CountBound;
    }
}

public sealed class CrossSourceFilterTests(CrossSourceSqliteHost host) : CrossSourceFilterContract(host), IClassFixture<CrossSourceSqliteHost>;

/// <summary>The real host on SQLite, checking a few candidates a page.</summary>
public sealed class ShortPageSqliteHost : JobMatchHost
{
    public ShortPageSqliteHost()
    {
        Settings["JobMatch:Limits:CrossSourceIdsUpTo"] = CrossSourceFilterContract.IdsUpTo;
        Settings["JobMatch:Limits:CrossSourceCandidatesUpTo"] = ShortPageContract.CandidatesUpTo;
    }
}

public sealed class ShortPageTests(ShortPageSqliteHost host) : ShortPageContract(host), IClassFixture<ShortPageSqliteHost>;
