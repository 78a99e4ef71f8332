using System.Text.Json.Nodes;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Access;

/// <summary>
/// Every data category × department × role, each read through a direct path, an alias, a named fragment, an
/// inline fragment and a nested path (a contact person's caseload), against outcomes written out below by hand
/// from the rules (need to know, the table, consents), not computed from the table under test. The citizen is
/// Lars (BIF and SOF involved, no consents), so consent-based access is denied here; ConsentTests covers consents.
/// </summary>
[Collection(DemoHostCollection.Name)]
public sealed class AccessMatrixTests(DemoHost host)
{
    private static readonly Guid Target = DemoCitizens.JobshopCitizen;

    /// <summary>Who asks: a department and role, a citizen (themself or not), or nobody.</summary>
    public sealed record Asker(string? Department, Role? Role, bool OwnRecord = false)
    {
        public override string ToString() => Role is null ? "anonymous" : $"{Department ?? "-"} {Role}{(Role == Graph.Access.Role.Citizen ? OwnRecord ? " (own)" : " (other)" : "")}";
    }

    /// <summary>
    /// What each asker sees of Lars, category by category in the order of <see cref="PersonalCategories"/>: Y shown,
    /// n denied on the field, - the citizen not reachable at all. Then the access log (auditors) and aggregates (analysts).
    /// </summary>
    private static readonly (Asker Asker, string Sees, bool Log, bool Statistics)[] Expected =
    [
        //                                                   Id Inv Cpr Contact Sum Emp Soc Health Youth
        (new(null, null),                                   "---------", false, false),
        (new(Departments.Employment, Role.Caseworker),      "YYYYYYnnn", false, false),
        (new(Departments.Employment, Role.Consultant),      "YYnYYYnnn", false, false),
        (new(Departments.Social, Role.Caseworker),          "YYYYYnYnn", false, false),
        (new(Departments.Social, Role.Consultant),          "YYnYYnYnn", false, false),
        (new(Departments.Health, Role.Caseworker),          "---------", false, false),
        (new(Departments.Health, Role.Consultant),          "---------", false, false),
        (new(Departments.Youth, Role.Caseworker),           "---------", false, false),
        (new(Departments.Youth, Role.Consultant),           "---------", false, false),
        (new(Departments.Employment, Role.Analyst),         "---------", false, true),
        (new(Departments.Social, Role.Administrator),       "---------", false, false),
        (new(null, Role.Auditor),                           "---------", true, false),
        (new(null, Role.Citizen, OwnRecord: true),          "YYYYYYYYY", false, false),
        (new(null, Role.Citizen, OwnRecord: false),         "---------", false, false),
    ];

    private static readonly DataCategory[] PersonalCategories =
    [
        DataCategory.Identity, DataCategory.Involvement, DataCategory.CprNumber, DataCategory.ContactInfo, DataCategory.EmploymentSummary,
        DataCategory.EmploymentDetail, DataCategory.SocialDetail, DataCategory.HealthDetail, DataCategory.YouthDetail,
    ];

    public static TheoryData<int, int> Matrix()
    {
        var data = new TheoryData<int, int>();
        for (var asker = 0; asker < Expected.Length; asker++)
            for (var category = 0; category < PersonalCategories.Length; category++)
                data.Add(asker, category);
        return data;
    }

    private static readonly IReadOnlyDictionary<DataCategory, string> Probes = new Dictionary<DataCategory, string>
    {
        [DataCategory.Identity] = "name",
        [DataCategory.Involvement] = "consents { id }",
        [DataCategory.CprNumber] = "cpr",
        [DataCategory.ContactInfo] = "address",
        [DataCategory.EmploymentSummary] = "employmentStatus { employed }",
        [DataCategory.EmploymentDetail] = "employment { placements { kind } }",
        [DataCategory.SocialDetail] = "social { services { kind } }",
        [DataCategory.HealthDetail] = "health { episodes { kind } }",
        [DataCategory.YouthDetail] = "youth { educations { programme } }",
    };

    private GraphQLClient ClientOf(Asker asker) => asker.Role is { } role
        ? host.GraphQLAs(asker.Department, role, role == Role.Citizen ? (asker.OwnRecord ? Target : DemoCitizens.KlapJobParticipant) : null)
        : host.GraphQL();

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EachPathShowsExactlyWhatTheRulesSay(int askerIndex, int categoryIndex)
    {
        var (asker, sees, _, _) = Expected[askerIndex];
        var category = PersonalCategories[categoryIndex];
        var client = ClientOf(asker);
        var probe = Probes[category];
        var field = probe.Split(' ')[0];
        var aliased = "renamed: " + probe;
        var response = await client.PostAsync($$"""
            query Matrix($id: ID!) {
              direct: citizen(id: $id) { {{probe}} }
              aliased: citizen(id: $id) { {{aliased}} }
              viaFragment: citizen(id: $id) { ...Probe }
              viaInline: citizen(id: $id) { ... on Citizen { {{probe}} } }
              nested: citizen(id: $id) { contactPersons { departmentCode contactPerson { citizens(first: 50) { items { id {{probe}} } } } } }
            }
            fragment Probe on Citizen { {{probe}} }
            """, new { id = Target });

        var outcome = sees[categoryIndex];
        var reachable = outcome != '-';
        var expected = outcome == 'Y';
        AssertPath(response, asker, category, "direct", field, reachable, expected);
        AssertPath(response, asker, category, "aliased", "renamed", reachable, expected);
        AssertPath(response, asker, category, "viaFragment", field, reachable, expected);
        AssertPath(response, asker, category, "viaInline", field, reachable, expected);

        // Nested: a contact person's caseload tells what their department does for each citizen, so only that
        // department's staff read it; the list of the asker's own department's contact person holds the target.
        foreach (var assignment in response.Data?["nested"]?["contactPersons"]?.AsArray() ?? [])
        {
            var department = assignment!["departmentCode"]!.GetValue<string>();
            var list = assignment["contactPerson"]?["citizens"];
            if (department != asker.Department || asker.Role is not (Role.Caseworker or Role.Consultant))
            {
                Assert.True(list is null, $"{asker} read the caseload of {department}'s contact person");
                continue;
            }
            var target = list?["items"]?.AsArray().FirstOrDefault(c => c?["id"]?.GetValue<string>() == Target.ToString());
            Assert.True(target is not null, $"{asker}: the target is missing from their own department's contact person's caseload");
            Assert.True((target[field] is not null) == expected, $"{asker} reading {category} through a nested path: expected {(expected ? "visible" : "denied")}");
        }
    }

    private static void AssertPath(GraphQLResponse response, Asker asker, DataCategory category, string alias, string field, bool reachable, bool expected)
    {
        var citizen = response.Data?[alias];
        if (!reachable)
        {
            Assert.True(citizen is null, $"{asker} reached the citizen through '{alias}'");
            Assert.Contains(response.ErrorCodesAt(alias), code => code is AccessDecision.NotAuthorized or AccessDecision.NotAuthenticated);
            return;
        }
        var value = citizen![field];
        Assert.True((value is not null) == expected, $"{asker} reading {category} through '{alias}': expected {(expected ? "visible" : "denied")}, got {value?.ToJsonString() ?? "null"}; errors {response.Errors.ToJsonString()}");
        if (!expected)
            Assert.Contains(response.ErrorCodesAt($"{alias}.{field}"), code => code is AccessDecision.NotAuthorized or AccessDecision.NotAuthenticated);
    }

    public static TheoryData<int> Everyone()
    {
        var data = new TheoryData<int>();
        for (var asker = 0; asker < Expected.Length; asker++)
            data.Add(asker);
        return data;
    }

    [Theory]
    [MemberData(nameof(Everyone))]
    public async Task OnlyAuditorsReadTheLogAndOnlyAnalystsTheAggregates(int askerIndex)
    {
        var (asker, _, log, statistics) = Expected[askerIndex];
        var client = ClientOf(asker);
        var response = await client.PostAsync("""
            query Log($id: ID) {
              direct: accessLog(citizenId: $id, first: 1) { edges { node { id } } }
              aliased: accessLog(citizenId: $id, first: 1) { renamed: edges { node { id } } }
              ...LogFragment
              ... on Query { viaInline: accessLog(citizenId: $id, first: 1) { edges { node { id } } } }
              outcomes: projectOutcomes(code: "KLAPJOB") { suppressed }
            }
            fragment LogFragment on Query { viaFragment: accessLog(citizenId: $id, first: 1) { edges { node { id } } } }
            """, new { id = Target });
        foreach (var alias in new[] { "direct", "aliased", "viaFragment", "viaInline" })
        {
            Assert.True((response.Data?[alias] is not null) == log, $"{asker} reading the access log through '{alias}': expected {(log ? "visible" : "denied")}");
            if (!log)
                Assert.Contains(response.ErrorCodesAt(alias), code => code is AccessDecision.NotAuthorized or AccessDecision.NotAuthenticated);
        }
        Assert.True((response.Data?["outcomes"] is not null) == statistics, $"{asker} reading projectOutcomes: expected {(statistics ? "visible" : "denied")}");

        var own = await client.PostAsync("{ myAccessLog { category } }");
        // A citizen's token for another citizen still reads its *own* log: myAccessLog is always the viewer's.
        var ownVisible = asker.Role == Role.Citizen;
        Assert.True((own.Data?["myAccessLog"] is JsonArray) == ownVisible, $"{asker} reading myAccessLog: {own.Text}");
    }
}
