using System.Text.Json.Nodes;
using JobMatch.Data.Employment;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Citizens;

/// <summary>
/// Every value that depends on today follows the host's clock at request time: the data is seeded once, on
/// <see cref="JobMatchHost.Today"/>, and the clock then moves as a test says, as days pass for a running server.
/// A clock only moves forward, so each test has a host of its own.
/// </summary>
public sealed class TodayTests : IDisposable
{
    private readonly JobMatchHost host = new();

    private static readonly DateOnly NewYearsEve = new(2026, 12, 31);
    private static readonly DateOnly ReformDay = new(2027, 1, 1);
    private static readonly string[] RetiringGroups = ["KH-JOBPARAT", "KH-AKTPARAT", "UH-UDDPARAT", "UH-AKTPARAT"];
    private static readonly string[] ReformGroups = ["KH27-JOB", "KH27-HELHED", "UNG27-UDD"];

    [Fact]
    public async Task TheCurrentTargetGroupIsTheRetiringOneOnNewYearsEveAndTheReformsOnNewYearsDay()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        const string query = """
            query Mads($id: ID!) {
              citizen(id: $id) {
                employment {
                  targetGroup { targetGroup { code } from to }
                  upcomingTargetGroup { targetGroup { code } from }
                  benefit { benefit { code } }
                  upcomingBenefit { benefit { code } from }
                }
                employmentStatus { targetGroup { code } benefit { code } }
              }
            }
            """;

        host.SetDanishTime(NewYearsEve, new TimeOnly(23, 59));
        var eve = (await bif.PostAsync(query, new { id = DemoCitizens.SharedCashBenefitCitizen })).DataOrThrow()["citizen"]!;
        host.SetDanishTime(ReformDay, new TimeOnly(0, 1));
        var day = (await bif.PostAsync(query, new { id = DemoCitizens.SharedCashBenefitCitizen })).DataOrThrow()["citizen"]!;

        Assert.Equal("KH-AKTPARAT", eve["employment"]!["targetGroup"]!["targetGroup"]!["code"]!.GetValue<string>());
        Assert.Equal("2026-12-31", eve["employment"]!["targetGroup"]!["to"]!.GetValue<string>());
        Assert.Equal("KH27-HELHED", eve["employment"]!["upcomingTargetGroup"]!["targetGroup"]!["code"]!.GetValue<string>());
        Assert.Equal("2027-01-01", eve["employment"]!["upcomingTargetGroup"]!["from"]!.GetValue<string>());
        Assert.Equal("KH", eve["employment"]!["benefit"]!["benefit"]!["code"]!.GetValue<string>());
        Assert.Equal("KH27", eve["employment"]!["upcomingBenefit"]!["benefit"]!["code"]!.GetValue<string>());
        Assert.Equal("KH-AKTPARAT", eve["employmentStatus"]!["targetGroup"]!["code"]!.GetValue<string>());

        Assert.Equal("KH27-HELHED", day["employment"]!["targetGroup"]!["targetGroup"]!["code"]!.GetValue<string>());
        Assert.Null(day["employment"]!["upcomingTargetGroup"]);
        Assert.Equal("KH27", day["employment"]!["benefit"]!["benefit"]!["code"]!.GetValue<string>());
        Assert.Null(day["employment"]!["upcomingBenefit"]);
        Assert.Equal("KH27-HELHED", day["employmentStatus"]!["targetGroup"]!["code"]!.GetValue<string>());
        Assert.Equal("KH27", day["employmentStatus"]!["benefit"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheDayIsTheDanishDateNotTheUtcDate()
    {
        // 23:30 UTC on New Year's Eve is already half past midnight on New Year's Day in Copenhagen.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero));
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(
            "query($id: ID!) { citizen(id: $id) { employment { targetGroup { targetGroup { code } } } } }", new { id = DemoCitizens.SharedCashBenefitCitizen });

        Assert.Equal("KH27-HELHED", response.DataOrThrow()["citizen"]!["employment"]!["targetGroup"]!["targetGroup"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task FilteringByATargetGroupFindsItsMembersWhileItIsInForceAndNoneAfter()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        const string query = """{ citizens(first: 100, where: { targetGroup: "KH-AKTPARAT" }) { totalCount edges { node { id } } } }""";

        host.SetDanishTime(NewYearsEve, new TimeOnly(12, 0));
        var eve = (await bif.PostAsync(query)).DataOrThrow()["citizens"]!;
        host.SetDanishTime(ReformDay, new TimeOnly(12, 0));
        var day = (await bif.PostAsync(query)).DataOrThrow()["citizens"]!;

        Assert.True(eve["totalCount"]!.GetValue<int>() > 20, eve.ToJsonString());
        Assert.Contains(eve["edges"]!.AsArray(), e => e!["node"]!["id"]!.GetValue<string>() == DemoCitizens.SharedCashBenefitCitizen.ToString());
        Assert.Equal(0, day["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task StatusesFollowTheClockWithoutAWrite()
    {
        // Mads's internship runs 2026-09-07 to 2026-12-04 (last day included).
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        const string query = """
            query($id: ID!) {
              citizen(id: $id) {
                employment { placements { kind from to status } currentPlacement { kind } }
                employmentStatus { situation employed placementKind since employer { name } }
              }
            }
            """;

        host.SetDanishTime(new DateOnly(2026, 12, 4), new TimeOnly(16, 0));
        var lastDay = (await bif.PostAsync(query, new { id = DemoCitizens.SharedCashBenefitCitizen })).DataOrThrow()["citizen"]!;
        host.SetDanishTime(new DateOnly(2026, 12, 5), new TimeOnly(8, 0));
        var after = (await bif.PostAsync(query, new { id = DemoCitizens.SharedCashBenefitCitizen })).DataOrThrow()["citizen"]!;

        Assert.Equal("ACTIVE", lastDay["employment"]!["placements"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("INTERNSHIP", lastDay["employment"]!["currentPlacement"]!["kind"]!.GetValue<string>());
        Assert.Equal("IN_OFFER", lastDay["employmentStatus"]!["situation"]!.GetValue<string>());
        Assert.False(lastDay["employmentStatus"]!["employed"]!.GetValue<bool>());
        Assert.Equal("2026-09-07", lastDay["employmentStatus"]!["since"]!.GetValue<string>());
        Assert.Equal("Lagerhuset Køge Bugt A/S", lastDay["employmentStatus"]!["employer"]!["name"]!.GetValue<string>());

        Assert.Equal("COMPLETED", after["employment"]!["placements"]![0]!["status"]!.GetValue<string>());
        Assert.Null(after["employment"]!["currentPlacement"]);
        Assert.Equal("NOT_IN_WORK", after["employmentStatus"]!["situation"]!.GetValue<string>());
        Assert.Null(after["employmentStatus"]!["employer"]);
        Assert.Equal("2019-03-01", after["employmentStatus"]!["since"]!.GetValue<string>());
    }

    [Fact]
    public async Task EmploymentStatusTellsPaidWorkFromAnOfferFromNoCase()
    {
        // Each asked by a department involved with the citizen, as the summary's need to know has it: SOF with the
        // sheltered worker, BIF with the fleksjob holder, BUF with the student who has no jobcenter case.
        const string flexQuery = "query($id: ID!) { citizen(id: $id) { employmentStatus { situation employed placementKind since benefit { code } targetGroup { code } employer { name } } } }";
        const string shelterQuery = "query($id: ID!) { citizen(id: $id) { employmentStatus { situation employed placementKind since benefit { code } } } }";
        const string youthQuery = "query($id: ID!) { citizen(id: $id) { employmentStatus { situation employed placementKind since benefit { code } targetGroup { code } } } }";

        var data = new JsonObject
        {
            ["flex"] = (await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(flexQuery, new { id = DemoCitizens.FlexJobCitizen })).DataOrThrow()["citizen"]!.DeepClone(),
            ["shelter"] = (await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(shelterQuery, new { id = DemoCitizens.JobshopCitizen })).DataOrThrow()["citizen"]!.DeepClone(),
            ["youth"] = (await host.GraphQLAs(Departments.Youth, Role.Caseworker).PostAsync(youthQuery, new { id = DemoCitizens.StuStudent })).DataOrThrow()["citizen"]!.DeepClone(),
        };

        var flex = data["flex"]!["employmentStatus"]!;
        Assert.Equal("IN_PAID_WORK", flex["situation"]!.GetValue<string>());
        Assert.Equal("FLEX_JOB", flex["placementKind"]!.GetValue<string>());
        Assert.Equal("2024-05-01", flex["since"]!.GetValue<string>());
        Assert.Equal("FLEKSLT", flex["benefit"]!["code"]!.GetValue<string>());
        Assert.Equal("FLEX", flex["targetGroup"]!["code"]!.GetValue<string>());
        Assert.Equal("Kontorservice Frederiksberg ApS", flex["employer"]!["name"]!.GetValue<string>());
        var shelter = data["shelter"]!["employmentStatus"]!;
        Assert.Equal("IN_PAID_WORK", shelter["situation"]!.GetValue<string>());
        Assert.Equal("SKAANEJOB", shelter["placementKind"]!.GetValue<string>());
        Assert.Equal("FOEP", shelter["benefit"]!["code"]!.GetValue<string>());
        var youth = data["youth"]!["employmentStatus"]!;
        Assert.Equal("NO_JOBCENTER_CASE", youth["situation"]!.GetValue<string>());
        Assert.False(youth["employed"]!.GetValue<bool>());
        Assert.Null(youth["since"]);
        Assert.Null(youth["benefit"]);
    }

    [Theory]
    [InlineData("2026-12-01")]
    [InlineData("2027-01-01")]
    public async Task NoDemoCitizenHasACurrentValueThatContradictsItsDates(string day)
    {
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        host.SetDanishTime(today, new TimeOnly(12, 0));
        var problems = new List<string>();
        var currentGroups = new List<string>();
        var walked = new HashSet<Guid>();

        await foreach (var node in PagesAsync(Departments.Employment, """
            employmentStatus { situation placementKind since targetGroup { code } benefit { code } }
            employment {
              targetGroup { targetGroup { code } from to }
              upcomingTargetGroup { targetGroup { code } from }
              targetGroupHistory { targetGroup { code } from to }
              benefit { benefit { code } from to }
              benefits { benefit { code } from to }
              goals { setOn: setOn targetDate status }
              activities { from to status }
              placements { kind from to status }
              currentPlacement { kind from to status }
            }
            enrollments { enrolledOn endedOn status }
            """))
        {
            var id = node["id"]!.GetValue<string>();
            walked.Add(Guid.Parse(id));
            var employment = node["employment"]!;
            var history = employment["targetGroupHistory"]!.AsArray();
            var covering = history.Where(p => Covers(today, p!["from"], p["to"])).ToList();
            var current = employment["targetGroup"];
            if (current is null ? covering.Count > 0 : !Covers(today, current["from"], current["to"]))
                problems.Add($"{id}: targetGroup {current?.ToJsonString()} on {today}");
            if (current is not null)
                currentGroups.Add(current["targetGroup"]!["code"]!.GetValue<string>());
            var upcoming = employment["upcomingTargetGroup"];
            var next = history.Where(p => Date(p!["from"]) > today).MinBy(p => Date(p!["from"]));
            if (upcoming?["from"]?.GetValue<string>() != next?["from"]?.GetValue<string>())
                problems.Add($"{id}: upcomingTargetGroup {upcoming?.ToJsonString()}");
            if (employment["benefit"] is { } benefit && !Covers(today, benefit["from"], benefit["to"]))
                problems.Add($"{id}: benefit {benefit.ToJsonString()}");
            if (node["employmentStatus"]!["targetGroup"]?["code"]?.GetValue<string>() != current?["targetGroup"]!["code"]!.GetValue<string>())
                problems.Add($"{id}: employmentStatus.targetGroup differs from employment.targetGroup");

            CheckStatuses(problems, id, "goal", employment["goals"]!.AsArray(), "setOn", "targetDate", today);
            CheckStatuses(problems, id, "activity", employment["activities"]!.AsArray(), "from", "to", today);
            CheckStatuses(problems, id, "placement", employment["placements"]!.AsArray(), "from", "to", today);
            CheckStatuses(problems, id, "enrolment", node["enrollments"]!.AsArray(), "enrolledOn", "endedOn", today);

            var inPlacement = employment["placements"]!.AsArray().Where(p => p!["status"]!.GetValue<string>() == "ACTIVE").ToList();
            var currentPlacement = employment["currentPlacement"];
            if ((currentPlacement is null) != (inPlacement.Count == 0) || (currentPlacement is not null && currentPlacement["status"]!.GetValue<string>() != "ACTIVE"))
                problems.Add($"{id}: currentPlacement {currentPlacement?.ToJsonString()} with {inPlacement.Count} active placements");
            var situation = node["employmentStatus"]!["situation"]!.GetValue<string>();
            var paid = currentPlacement is not null && currentPlacement["kind"]!.GetValue<string>() != "INTERNSHIP";
            if ((situation == "IN_PAID_WORK") != paid)
                problems.Add($"{id}: situation {situation} with current placement {currentPlacement?.ToJsonString()}");
        }

        await foreach (var node in PagesAsync(Departments.Social, """
            social {
              goals { setOn targetDate status }
              services { from to status }
              substanceTreatments { from to status }
            }
            """))
        {
            var id = node["id"]!.GetValue<string>();
            CheckStatuses(problems, id, "social goal", node["social"]!["goals"]!.AsArray(), "setOn", "targetDate", today);
            CheckStatuses(problems, id, "service", node["social"]!["services"]!.AsArray(), "from", "to", today);
            CheckStatuses(problems, id, "treatment", node["social"]!["substanceTreatments"]!.AsArray(), "from", "to", today);
        }

        await foreach (var node in PagesAsync(Departments.Health, "health { episodes { from to status } }"))
            CheckStatuses(problems, node["id"]!.GetValue<string>(), "episode", node["health"]!["episodes"]!.AsArray(), "from", "to", today);

        await foreach (var node in PagesAsync(Departments.Youth, "youth { educations { from expectedEnd status } transitionPlan { startedOn plannedTransferOn status } }"))
        {
            var id = node["id"]!.GetValue<string>();
            CheckStatuses(problems, id, "education", node["youth"]!["educations"]!.AsArray(), "from", "expectedEnd", today);
            if (node["youth"]!["transitionPlan"] is { } plan)
                CheckStatuses(problems, id, "transition plan", [plan.DeepClone()], "startedOn", "plannedTransferOn", today);
        }

        // BIF's caseload is everyone with an employment record: the walk has seen every current target group.
        await using (var employmentDb = await host.Services.GetRequiredService<IDbContextFactory<EmploymentContext>>().CreateDbContextAsync())
        {
            var withRecords = await employmentDb.TargetGroupPeriods.Select(p => p.CitizenId).Distinct().ToListAsync();
            Assert.True(withRecords.Count > 250, $"only {withRecords.Count} citizens have a target group");
            Assert.DoesNotContain(withRecords, c => !walked.Contains(c));
        }
        Assert.Empty(problems);
        Assert.NotEmpty(currentGroups);
        if (today >= ReformDay)
        {
            Assert.DoesNotContain(currentGroups, RetiringGroups.Contains);
            Assert.Contains(currentGroups, ReformGroups.Contains);
        }
        else
        {
            Assert.DoesNotContain(currentGroups, ReformGroups.Contains);
            Assert.Contains(currentGroups, RetiringGroups.Contains);
        }
    }

    /// <summary>Every citizen, a page at a time, with the fields given, as a caseworker of the department.</summary>
    private async IAsyncEnumerable<JsonNode> PagesAsync(string department, string fields)
    {
        var client = host.GraphQLAs(department, Role.Caseworker);
        string? after = null;
        do
        {
            var response = await client.PostAsync(
                "query($after: String) { citizens(first: 20, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id " + fields + " } } } }",
                new { after });
            var page = response.DataOrThrow()["citizens"]!;
            foreach (var edge in page["edges"]!.AsArray())
                yield return edge!["node"]!;
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
    }

    private static void CheckStatuses(List<string> problems, string id, string what, JsonArray records, string from, string to, DateOnly today)
    {
        foreach (var record in records)
        {
            var status = record!["status"]!.GetValue<string>();
            if (status == "CANCELLED")
                continue;
            var expected = Date(record[from]) > today ? "PLANNED"
                : record[to] is { } end && Date(end) < today ? "COMPLETED"
                : "ACTIVE";
            if (status != expected)
                problems.Add($"{id}: {what} {record.ToJsonString()} is {status} on {today}, its dates say {expected}");
        }
    }

    private static bool Covers(DateOnly today, JsonNode? from, JsonNode? to) => Date(from) <= today && (to is null || Date(to) >= today);

    private static DateOnly Date(JsonNode? value) => DateOnly.Parse(value!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => host.Dispose();
}
