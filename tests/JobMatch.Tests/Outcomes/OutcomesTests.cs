using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Outcomes;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Outcomes;

/// <summary>Analysts see what works across departments, in disclosed aggregates, and never a person.</summary>
[Collection(DemoHostCollection.Name)]
public sealed partial class OutcomesTests(DemoHost host)
{
    public const string Moment = "monthsAfter citizens employed { count percent } hoursPerWeek support { kind count percent }";
    public const string Group = $"citizens moments {{ {Moment} }}";
    public const string Cell = $"key participants {{ {Group} }} comparison {{ {Group} }}";
    public const string Everything = $"snapshot roundingBase minimumCell total {{ {Cell} }} byQuarter {{ {Cell} }} byDistrict {{ {Cell} }} byTargetGroup {{ {Cell} }} byReferringDepartment {{ {Cell} }}";

    public static string Query(string arguments) => $"{{ outcomes({arguments}) {{ {Everything} }} }}";

    private GraphQLClient Analyst() => host.GraphQLAs(Departments.Employment, Role.Analyst);

    private static JsonNode At(JsonNode group, int months) => group["moments"]!.AsArray().Single(m => m!["monthsAfter"]!.GetValue<int>() == months)!;

    private static int Percent(JsonNode group, int months) => At(group, months)["employed"]!["percent"]!.GetValue<int>();

    [Fact]
    public async Task KlapJobRisesFromAboutFortyFiveToAboutEightyPercentAgainstItsComparisonGroup()
    {
        var response = await Analyst().PostAsync(Query("project: \"KLAPJOB\""));

        var total = response.DataOrThrow()["outcomes"]!["total"]!;
        var participants = total["participants"]!;
        var comparison = total["comparison"]!;
        Assert.InRange(Percent(participants, 0), 35, 55);
        Assert.InRange(Percent(participants, 12), 70, 90);
        Assert.InRange(Percent(comparison, 0), 35, 55);
        Assert.True(Percent(participants, 12) - Percent(comparison, 12) >= 15, total.ToJsonString());
        Assert.True(Percent(participants, 24) > Percent(comparison, 24), total.ToJsonString());
        // Each figure says how many citizens it covers.
        Assert.True(At(participants, 12)["citizens"]!.GetValue<int>() >= 20, total.ToJsonString());
        Assert.True(At(comparison, 12)["citizens"]!.GetValue<int>() >= 20, total.ToJsonString());
        Assert.True(At(participants, 12)["hoursPerWeek"]!.GetValue<double>() > At(comparison, 12)["hoursPerWeek"]!.GetValue<double>(), total.ToJsonString());
        // Sheltered work (§103) and day offers give way to jobs for participants.
        int Support(JsonNode group, int months, string kind) =>
            At(group, months)["support"]!.AsArray().Single(s => s!["kind"]!.GetValue<string>() == kind)!["count"]?.GetValue<int>() ?? 0;
        Assert.True(Support(participants, 0, "SHELTERED_EMPLOYMENT") > Support(participants, 12, "SHELTERED_EMPLOYMENT"), total.ToJsonString());
        Assert.True(Support(participants, 0, "SUPPORT_IN_OWN_HOME") >= 5, total.ToJsonString());
    }

    [Fact]
    public async Task EverySeededProgrammeHasParticipantsToShow()
    {
        var client = Analyst();
        var projects = (await client.PostAsync("{ projects { code } }")).DataOrThrow()["projects"]!.AsArray().Select(p => p!["code"]!.GetValue<string>()).ToList();

        var empty = new List<string>();
        foreach (var code in projects)
        {
            var response = await client.PostAsync("query($code: String) { outcomes(project: $code) { total { participants { citizens } } } }", new { code });
            if (response.DataOrThrow()["outcomes"]!["total"]!["participants"]!["citizens"]?.GetValue<int>() is not >= 5)
                empty.Add(code);
        }

        Assert.Equal(10, projects.Count);
        Assert.Empty(empty);
    }

    [Fact]
    public async Task ATargetGroupComparesCitizensEnrolledInAnyProjectWithThoseInNone()
    {
        var response = await Analyst().PostAsync(Query("targetGroup: \"FOEP\""));

        var outcomes = response.DataOrThrow()["outcomes"]!;
        Assert.Equal("FOEP", outcomes["byTargetGroup"]!.AsArray().Single()!["key"]!.GetValue<string>());
        Assert.True(outcomes["total"]!["comparison"]!["citizens"]!.GetValue<int>() >= 20, outcomes.ToJsonString());
        Assert.Equal("2026-12-01", outcomes["snapshot"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("project: \"KLAPJOB\"")]
    [InlineData("project: \"KLAPJOB\", targetGroup: \"FOEP\", monthsAfter: [3, 6, 9, 12, 24, 36]")]
    [InlineData("targetGroup: \"KH-AKTPARAT\"")]
    [InlineData("project: \"DAG-TIL-DAG\"")]
    [InlineData("project: \"EMPOWERMENT\"")]
    public async Task NoAnswerToAnAnalystHoldsAPersonOrACellUnderFive(string arguments)
    {
        var response = await Analyst().PostAsync(Query(arguments));
        response.DataOrThrow();
        await using var registry = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync();
        var people = await registry.Citizens.Select(c => new { c.Id, c.Cpr, c.FirstName, c.LastName }).ToListAsync();

        var problems = new List<string>();
        Walk(response.Json!["data"], "data", problems);
        foreach (var person in people)
        {
            if (response.Text.Contains(person.Id.ToString(), StringComparison.OrdinalIgnoreCase) || response.Text.Contains(person.Cpr, StringComparison.Ordinal)
                || response.Text.Contains($"{person.FirstName} {person.LastName}", StringComparison.Ordinal))
                problems.Add($"citizen {person.Id} appears");
        }
        if (GuidPattern().IsMatch(response.Text) || CprPattern().IsMatch(response.Text))
            problems.Add("an id or a CPR-shaped number appears");
        Assert.True(problems.Count == 0, string.Join("; ", problems.Take(20)) + "\n" + response.Text[..Math.Min(2000, response.Text.Length)]);
    }

    /// <summary>Every count in the answer (citizens, count) is null or a multiple of 5 that is at least 5.</summary>
    private static void Walk(JsonNode? node, string path, List<string> problems)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key is "citizens" or "count" && value is not null && value.GetValue<int>() is var n && (n < Disclosure.MinimumCell || n % Disclosure.RoundingBase != 0))
                        problems.Add($"{path}.{key} = {n}");
                    Walk(value, $"{path}.{key}", problems);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    Walk(a[i], $"{path}[{i}]", problems);
                break;
        }
    }

    [Fact]
    public async Task NoBreakdownWithholdsExactlyOneCellThatTheTotalWouldGiveAway()
    {
        var outcomes = (await Analyst().PostAsync(Query("project: \"KLAPJOB\""))).DataOrThrow()["outcomes"]!;

        var problems = new List<string>();
        var withheldSomewhere = 0;
        foreach (var dimension in new[] { "byQuarter", "byDistrict", "byTargetGroup", "byReferringDepartment" })
        {
            var cells = outcomes[dimension]!.AsArray().Select(c => c!).ToList();
            foreach (var side in new[] { "participants", "comparison" })
            {
                var groups = cells.Select(c => c[side]).OfType<JsonNode>().ToList();
                if (groups.Count == 0)
                    continue;
                var total = outcomes["total"]![side]!;
                foreach (var (slot, read) in Slots(groups[0]))
                {
                    var values = groups.Select(read).ToList();
                    var withheld = values.Count(v => v is null);
                    withheldSomewhere += withheld;
                    // The total minus the shown cells is the sum of the withheld ones: never a single cell.
                    if (withheld == 1 && read(total) is not null)
                        problems.Add($"{dimension}.{side}.{slot}");
                }
            }
        }

        Assert.True(problems.Count == 0, "One cell withheld alone in: " + string.Join(", ", problems));
        Assert.True(withheldSomewhere > 0, "the KLAPjob breakdowns should withhold some small cells");
    }

    private static IEnumerable<(string Slot, Func<JsonNode, int?> Read)> Slots(JsonNode group)
    {
        yield return ("citizens", g => g["citizens"]?.GetValue<int>());
        foreach (var moment in group["moments"]!.AsArray())
        {
            var months = moment!["monthsAfter"]!.GetValue<int>();
            JsonNode M(JsonNode g) => At(g, months);
            yield return ($"{months}.citizens", g => M(g)["citizens"]?.GetValue<int>());
            yield return ($"{months}.employed", g => M(g)["employed"]!["count"]?.GetValue<int>());
            yield return ($"{months}.hours", g => M(g)["hoursPerWeek"] is { } h ? (int)(h.GetValue<double>() * 10) : null);
            foreach (var kind in moment["support"]!.AsArray().Select(s => s!["kind"]!.GetValue<string>()))
                yield return ($"{months}.{kind}", g => M(g)["support"]!.AsArray().Single(s => s!["kind"]!.GetValue<string>() == kind)!["count"]?.GetValue<int>());
        }
    }

    [Theory]
    [InlineData(Departments.Employment, Role.Caseworker)]
    [InlineData(Departments.Social, Role.Consultant)]
    [InlineData(null, Role.Auditor)]
    [InlineData(null, Role.Administrator)]
    public async Task OnlyAnalystsReadOutcomes(string? department, Role role)
    {
        var response = await host.GraphQLAs(department, role).PostAsync(Query("project: \"KLAPJOB\""));

        Assert.Equal([AccessDecision.NotAuthorized], response.ErrorCodes);
        Assert.Null(response.Data?["outcomes"]);
    }

    [Fact]
    public async Task WithoutATokenNothingIsCounted()
    {
        var response = await host.GraphQL().PostAsync(Query("project: \"KLAPJOB\""));

        Assert.Equal([AccessDecision.NotAuthenticated], response.ErrorCodes);
    }

    [Theory]
    [InlineData("", "BAD_USER_INPUT")]
    [InlineData("project: \"KLAPJOB\", monthsAfter: [5]", "BAD_USER_INPUT")]
    [InlineData("project: \"KLAPJOB\", monthsAfter: [0, 3, 6, 9, 12, 15, 18]", "BAD_USER_INPUT")]
    [InlineData("project: \"KLAPJOB\", monthsAfter: [123]", "BAD_USER_INPUT")]
    [InlineData("project: \"NO-SUCH\"", "NOT_FOUND")]
    [InlineData("targetGroup: \"NO-SUCH\"", "NOT_FOUND")]
    public async Task BadArgumentsSayWhatToSend(string arguments, string code)
    {
        var response = await Analyst().PostAsync(Query(arguments).Replace("outcomes()", "outcomes", StringComparison.Ordinal));

        Assert.Equal([code], response.ErrorCodes);
        Assert.False(string.IsNullOrWhiteSpace(response.Errors[0]!["message"]!.GetValue<string>()));
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex GuidPattern();

    [GeneratedRegex("(?<![0-9])[0-9]{10}(?![0-9])")]
    private static partial Regex CprPattern();
}
