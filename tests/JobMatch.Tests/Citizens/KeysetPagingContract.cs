using System.Text.Json.Nodes;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Citizens;

/// <summary>
/// Keyset pages, searches and counts of citizens, as a SOF caseworker sees them: every page, in both directions,
/// holds only citizens SOF works with, a count never counts anyone else, and a cursor keeps its place while
/// citizens are written between pages. Run on SQLite and on PostgreSQL.
/// </summary>
public abstract class KeysetPagingContract(JobMatchHost host)
{
    /// <summary>The count bound the hosts run with, small enough for a test to cross.</summary>
    public const string Bound = "5";

    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String, $where: CitizenFilterInput) {
          citizens(first: $first, after: $after, last: $last, before: $before, where: $where, order: [{ birthDate: DESC }]) {
            totalCount totalCountIsExact pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id birthDate } }
          }
        }
        """;

    private GraphQLClient Sof => host.GraphQLAs(Departments.Social, Role.Caseworker);

    [Fact]
    public async Task PagingForwardsAndBackwardsGivesTheCaseloadInOneOrderAndNoOneElse()
    {
        var caseload = await CaseloadAsync(Departments.Social);

        var forwards = new List<string>();
        var page = await PageAsync(new { first = 40 });
        forwards.AddRange(Ids(page));
        while (page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
        {
            page = await PageAsync(new { first = 40, after = page["pageInfo"]!["endCursor"]!.GetValue<string>() });
            forwards.AddRange(Ids(page));
        }
        var backwards = new List<string>();
        page = await PageAsync(new { last = 40 });
        backwards.InsertRange(0, Ids(page));
        while (page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>())
        {
            page = await PageAsync(new { last = 40, before = page["pageInfo"]!["startCursor"]!.GetValue<string>() });
            backwards.InsertRange(0, Ids(page));
        }

        Assert.True(caseload.Count > 80, "the demo data should give SOF more than two pages");
        Assert.Equal(caseload.Order(), forwards.Order());
        Assert.Equal(forwards, backwards);
    }

    [Fact]
    public async Task ANameSearchAndItsCountHoldOnlyCitizensTheViewerReaches()
    {
        var name = Unique("Qvistgård");
        var inside = await AddCitizenAsync(name, new DateOnly(1980, 1, 1), Departments.Social);
        await AddCitizenAsync(name, new DateOnly(1981, 1, 1), Departments.Employment);
        await AddCitizenAsync(name, new DateOnly(1979, 1, 1), null);

        var where = new { name = new { contains = name.ToUpperInvariant() } };
        var forwards = await PageAsync(new { first = 10, where });
        var backwards = await PageAsync(new { last = 10, where });
        var after = await PageAsync(new { first = 10, where, after = forwards["edges"]![0]!["cursor"]!.GetValue<string>() });
        var prefix = await PageAsync(new { first = 10, where = new { name = new { startsWith = "TEST " + name.ToUpperInvariant() } } });
        var exact = await PageAsync(new { first = 10, where = new { name = new { eq = "test " + name.ToLowerInvariant() } } });

        Assert.Equal([inside.ToString()], Ids(forwards));
        Assert.Equal([inside.ToString()], Ids(backwards));
        Assert.Empty(Ids(after));
        Assert.Equal([inside.ToString()], Ids(prefix));
        Assert.Equal([inside.ToString()], Ids(exact));
        Assert.Equal(1, forwards["totalCount"]!.GetValue<int>());
        Assert.True(forwards["totalCountIsExact"]!.GetValue<bool>());
        Assert.Equal(1, after["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ACountAboveTheBoundSaysSoAndNeverCountsCitizensOutside()
    {
        var name = Unique("Bundgård");
        var where = new { lastName = new { eq = name } };
        for (var i = 0; i < 4; i++)
            await AddCitizenAsync(name, new DateOnly(1970 + i, 1, 1), Departments.Social);
        for (var i = 0; i < 3; i++)
            await AddCitizenAsync(name, new DateOnly(1960 + i, 1, 1), Departments.Health);
        var four = await PageAsync(new { first = 2, where });
        await AddCitizenAsync(name, new DateOnly(1990, 1, 1), Departments.Social);
        var five = await PageAsync(new { first = 2, where });
        await AddCitizenAsync(name, new DateOnly(1991, 1, 1), Departments.Social);
        var six = await PageAsync(new { first = 2, where });

        Assert.Equal((4, true), Count(four));
        Assert.Equal((5, true), Count(five));
        Assert.Equal((5, false), Count(six));
        Assert.Equal(2, Ids(six).Count);
    }

    [Fact]
    public async Task ACursorKeepsItsPlaceWhenCitizensAreWrittenBetweenPages()
    {
        var name = Unique("Seekvej");
        var where = new { lastName = new { eq = name } };
        foreach (var year in new[] { 1960, 1970, 1980, 1990, 2000, 2005 })
            await AddCitizenAsync(name, new DateOnly(year, 6, 1), Departments.Social);
        var first = await PageAsync(new { first = 3, where });

        await AddCitizenAsync(name, new DateOnly(1995, 6, 1), Departments.Social);
        await AddCitizenAsync(name, new DateOnly(1975, 6, 1), Departments.Social);
        var second = await PageAsync(new { first = 3, where, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() });
        var back = await PageAsync(new { last = 3, where, before = second["pageInfo"]!["startCursor"]!.GetValue<string>() });

        Assert.Equal(["2005-06-01", "2000-06-01", "1990-06-01"], BirthDates(first));
        Assert.Equal(["1980-06-01", "1975-06-01", "1970-06-01"], BirthDates(second));
        Assert.Equal(["2000-06-01", "1995-06-01", "1990-06-01"], BirthDates(back));
        Assert.True(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(back["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ABirthDatePageOfADistrictHoldsEachCitizenOnceAndOnlyWhileTheirContactIsInForce()
    {
        // Read through the department's assignments in birth-date order: a citizen with two contact persons must still
        // come once, and an ended or future contact person must not bring anyone in.
        var district = Unique("Fødeby");
        var today = JobMatchHost.Today;
        var twice = await AddInDistrictAsync(district, new DateOnly(2001, 3, 1), (today.AddYears(-2), null), (today.AddMonths(-1), null));
        var once = await AddInDistrictAsync(district, new DateOnly(1999, 3, 1), (today.AddYears(-1), today.AddYears(1)));
        var sameDay = await AddInDistrictAsync(district, new DateOnly(1999, 3, 1), (today, today));
        await AddInDistrictAsync(district, new DateOnly(2003, 3, 1), (today.AddYears(-3), today.AddDays(-1)));
        await AddInDistrictAsync(district, new DateOnly(2004, 3, 1), (today.AddDays(1), null));
        var oldest = await AddInDistrictAsync(district, new DateOnly(1950, 3, 1), (today.AddYears(-5), null), (today.AddYears(-4), null), (today.AddYears(-3), null));
        var where = new { district = new { eq = district.ToUpperInvariant() } };

        var pages = new List<JsonNode> { await PageAsync(new { first = 2, where }) };
        while (pages[^1]["pageInfo"]!["hasNextPage"]!.GetValue<bool>() && pages.Count < 10)
            pages.Add(await PageAsync(new { first = 2, where, after = pages[^1]["pageInfo"]!["endCursor"]!.GetValue<string>() }));
        var backwards = await PageAsync(new { last = 3, where });
        var middle = string.CompareOrdinal(once.ToString(), sameDay.ToString()) < 0 ? new[] { once, sameDay } : [sameDay, once];

        Assert.Equal([twice.ToString(), .. middle.Select(id => id.ToString()), oldest.ToString()], pages.SelectMany(Ids).ToList());
        Assert.Equal([2, 2], pages.Select(p => Ids(p).Count).ToList());
        Assert.Equal((4, true), Count(pages[0]));
        Assert.Equal([.. middle.Select(id => id.ToString()), oldest.ToString()], Ids(backwards));
        Assert.True(backwards["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AContactPersonNamedLaterTakesTheCitizensBirthDateAndFollowsItsCorrection()
    {
        var district = Unique("Rettelsby");
        var later = await AddInDistrictAsync(district, new DateOnly(1985, 5, 5));
        var first = await AddInDistrictAsync(district, new DateOnly(1990, 5, 5), (JobMatchHost.Today.AddYears(-1), null));
        var where = new { district = new { eq = district } };
        var before = await PageAsync(new { first = 5, where });

        // The assignment is written on its own, as the assignContactPerson mutation writes it: nobody names the birth date.
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync())
        {
            db.ContactAssignments.Add(new ContactAssignment { Id = Guid.NewGuid(), CitizenId = later, EmployeeId = await EmployeeOfAsync(db, Departments.Social), DepartmentCode = Departments.Social, Responsibility = "Test", From = JobMatchHost.Today });
            await db.SaveChangesAsync();
        }
        var named = await PageAsync(new { first = 5, where });
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync())
        {
            var citizen = await db.Citizens.AsTracking().SingleAsync(c => c.Id == later);
            citizen.BirthDate = new DateOnly(1995, 5, 5);
            await db.SaveChangesAsync();
        }
        var corrected = await PageAsync(new { first = 5, where });
        // A page of one is picked by the walk's order alone, so it shows whether the stored birth date followed.
        var newest = await PageAsync(new { first = 1, where });
        var next = await PageAsync(new { first = 1, where, after = newest["pageInfo"]!["endCursor"]!.GetValue<string>() });

        Assert.Equal([first.ToString()], Ids(before));
        Assert.Equal([first.ToString(), later.ToString()], Ids(named));
        Assert.Equal([later.ToString(), first.ToString()], Ids(corrected));
        Assert.Equal(["1995-05-05", "1990-05-05"], BirthDates(corrected));
        Assert.Equal([later.ToString()], Ids(newest));
        Assert.Equal([first.ToString()], Ids(next));
        Assert.False(next["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ACursorOfAnotherOrderOrAnotherConnectionIsRefusedWithAClearError()
    {
        var byName = (await Sof.PostAsync("{ citizens(first: 1, order: [{ name: ASC }]) { pageInfo { endCursor } } }")).DataOrThrow();
        var caseload = (await Sof.PostAsync("{ contactPersons(department: SOF, first: 1) { pageInfo { endCursor } } }")).DataOrThrow();

        foreach (var cursor in new[] { byName["citizens"]!["pageInfo"]!["endCursor"]!.GetValue<string>(), caseload["contactPersons"]!["pageInfo"]!["endCursor"]!.GetValue<string>(), "bm90IGEgY3Vyc29y" })
        {
            var response = await Sof.PostAsync(Page, new { first = 5, after = cursor });
            Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
            Assert.Contains("'after'", response.Errors[0]!["message"]!.GetValue<string>());
        }
        var otherOrder = await Sof.PostAsync(Page, new { first = 5, after = byName["citizens"]!["pageInfo"]!["endCursor"]!.GetValue<string>() });
        Assert.Contains("another order", otherOrder.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task NameSearchesReadAnIndexMadeForThem()
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync();
        var plan = await PlanAsync(db);

        Assert.True(plan.Contains(ExpectedSearchIndex, StringComparison.Ordinal), plan);
    }

    /// <summary>The index the provider's plan for a name search names.</summary>
    protected abstract string ExpectedSearchIndex { get; }

    /// <summary>The provider's plan for the statement a name search (a prefix on SQLite, a substring on PostgreSQL) runs.</summary>
    protected abstract Task<string> PlanAsync(RegistryContext db);

    private async Task<JsonNode> PageAsync(object variables) => (await Sof.PostAsync(Page, variables)).DataOrThrow()["citizens"]!;

    private static List<string> Ids(JsonNode page) => page["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()).ToList();

    private static List<string> BirthDates(JsonNode page) => page["edges"]!.AsArray().Select(e => e!["node"]!["birthDate"]!.GetValue<string>()).ToList();

    private static (int, bool) Count(JsonNode page) => (page["totalCount"]!.GetValue<int>(), page["totalCountIsExact"]!.GetValue<bool>());

    private static string Unique(string stem) => stem + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6));

    private async Task<List<string>> CaseloadAsync(string department)
    {
        var today = JobMatchHost.Today;
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync();
        return (await db.ContactAssignments.Where(a => a.DepartmentCode == department && a.From <= today && (a.To == null || a.To >= today))
            .Select(a => a.CitizenId).Distinct().ToListAsync()).Select(id => id.ToString()).ToList();
    }

    /// <summary>A citizen of <paramref name="district"/> with a SOF contact person for each period given (none when none).</summary>
    private Task<Guid> AddInDistrictAsync(string district, DateOnly birthDate, params (DateOnly From, DateOnly? To)[] periods) =>
        AddAsync(Unique("Periode"), district, birthDate, Departments.Social, periods);

    /// <summary>A citizen with a contact person in <paramref name="department"/> (none when null).</summary>
    private Task<Guid> AddCitizenAsync(string lastName, DateOnly birthDate, string? department) =>
        AddAsync(lastName, "Valby", birthDate, department ?? Departments.Social, department is null ? [] : [(JobMatchHost.Today.AddYears(-1), null)]);

    /// <summary>A citizen with a contact person in <paramref name="department"/> for each period given.</summary>
    private async Task<Guid> AddAsync(string lastName, string district, DateOnly birthDate, string department, (DateOnly From, DateOnly? To)[] periods)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync();
        var id = Guid.NewGuid();
        db.Citizens.Add(new Citizen
        {
            Id = id,
            Cpr = Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            FirstName = "Test",
            LastName = lastName,
            BirthDate = birthDate,
            District = district,
        });
        if (periods.Length > 0)
        {
            var employee = await EmployeeOfAsync(db, department);
            foreach (var (from, to) in periods)
                db.ContactAssignments.Add(new ContactAssignment { Id = Guid.NewGuid(), CitizenId = id, EmployeeId = employee, DepartmentCode = department, Responsibility = "Test", From = from, To = to });
        }
        await db.SaveChangesAsync();
        return id;
    }

    private static Task<Guid> EmployeeOfAsync(RegistryContext db, string department) =>
        db.ContactAssignments.Where(a => a.DepartmentCode == department).Select(a => a.EmployeeId).FirstAsync();
}

/// <summary>The real host on SQLite, with a count bound a test can cross.</summary>
public sealed class KeysetSqliteHost : JobMatchHost
{
    public KeysetSqliteHost() => Settings["JobMatch:Limits:ExactCountUpTo"] = KeysetPagingContract.Bound;
}

public sealed class KeysetPagingTests(KeysetSqliteHost host) : KeysetPagingContract(host), IClassFixture<KeysetSqliteHost>
{
    protected override string ExpectedSearchIndex => "IX_Citizens_SearchName_Id";

    protected override async Task<string> PlanAsync(RegistryContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN SELECT \"Id\" FROM \"Citizens\" WHERE \"SearchName\" >= 'anne h' AND \"SearchName\" < 'anne i' AND \"SearchName\" LIKE 'anne h%'";
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new System.Text.StringBuilder();
        while (await reader.ReadAsync())
            plan.AppendLine(reader.GetString(3));
        return plan.ToString();
    }
}
