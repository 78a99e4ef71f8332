using System.Text.Json.Nodes;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Access;

/// <summary>
/// Every data category × department × role, each read through a direct path, an alias, a named fragment, an
/// inline fragment and a nested path (a contact person's citizens), expecting exactly what the access table
/// says. The citizen has no consents, so consent-based access must be denied here; ConsentTests covers consents.
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

    public static IEnumerable<Asker> Askers()
    {
        yield return new Asker(null, null);
        foreach (var department in Departments.All)
        {
            yield return new Asker(department, Role.Caseworker);
            yield return new Asker(department, Role.Consultant);
        }
        yield return new Asker(Departments.Employment, Role.Analyst);
        yield return new Asker(Departments.Social, Role.Administrator);
        yield return new Asker(null, Role.Auditor);
        yield return new Asker(null, Role.Citizen, OwnRecord: true);
        yield return new Asker(null, Role.Citizen, OwnRecord: false);
    }

    public static TheoryData<Asker, DataCategory> Matrix()
    {
        var data = new TheoryData<Asker, DataCategory>();
        foreach (var asker in Askers())
            foreach (var category in Enum.GetValues<DataCategory>())
                data.Add(asker, category);
        return data;
    }

    /// <summary>What the table grants for this citizen (without consent) or for a list with no single citizen.</summary>
    private static bool Grants(Asker asker, DataCategory category, bool citizenKnown)
    {
        if (asker.Role is not { } role)
            return false;
        var rule = AccessTable.Rules[category];
        if (role == Role.Citizen)
            return rule.CitizenOwn && citizenKnown && asker.OwnRecord;
        if (rule.AnyDepartment.Contains(role) && (asker.Department is not null || role == Role.Auditor))
            return true;
        return asker.Department is not null && asker.Department == rule.Owner && rule.OwnerRoles.Contains(role);
    }

    private static readonly IReadOnlyDictionary<DataCategory, string> Probes = new Dictionary<DataCategory, string>
    {
        [DataCategory.Identity] = "name",
        [DataCategory.CprNumber] = "cpr",
        [DataCategory.ContactInfo] = "address",
        [DataCategory.EmploymentSummary] = "employmentStatus { employed }",
        [DataCategory.EmploymentDetail] = "employment { placements { kind } }",
        [DataCategory.SocialDetail] = "social { services { kind } }",
        [DataCategory.HealthDetail] = "health { episodes { kind } }",
        [DataCategory.YouthDetail] = "youth { educations { programme } }",
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EachPathShowsExactlyWhatTheTableSays(Asker asker, DataCategory category)
    {
        var client = asker.Role is { } role
            ? host.GraphQLAs(asker.Department, role, role == Role.Citizen ? (asker.OwnRecord ? Target : DemoCitizens.KlapJobParticipant) : null)
            : host.GraphQL();

        if (category == DataCategory.Audit)
        {
            await AssertAuditPathsAsync(client, asker);
            return;
        }

        var probe = Probes[category];
        var field = probe.Split(' ')[0];
        var aliased = "renamed: " + probe;
        var response = await client.PostAsync($$"""
            query Matrix($id: ID!) {
              direct: citizen(id: $id) { {{probe}} }
              aliased: citizen(id: $id) { {{aliased}} }
              viaFragment: citizen(id: $id) { ...Probe }
              viaInline: citizen(id: $id) { ... on Citizen { {{probe}} } }
              nested: citizen(id: $id) { contactPersons { contactPerson { citizens(first: 50) { items { id {{probe}} } } } } }
            }
            fragment Probe on Citizen { {{probe}} }
            """, new { id = Target });

        var reachable = Grants(asker, DataCategory.Identity, citizenKnown: true);
        var expected = reachable && Grants(asker, category, citizenKnown: true);
        AssertPath(response, asker, category, "direct", field, reachable, expected);
        AssertPath(response, asker, category, "aliased", "renamed", reachable, expected);
        AssertPath(response, asker, category, "viaFragment", field, reachable, expected);
        AssertPath(response, asker, category, "viaInline", field, reachable, expected);

        // Nested: the contact person's citizens are a list with no single citizen, so the list itself is guarded as such.
        var listVisible = reachable && Grants(asker, DataCategory.Identity, citizenKnown: false);
        var lists = response.Data?["nested"]?["contactPersons"]?.AsArray().Select(a => a?["contactPerson"]?["citizens"]).ToList() ?? [];
        if (!listVisible)
        {
            Assert.All(lists, list => Assert.Null(list));
            return;
        }
        var target = lists.SelectMany(l => l!["items"]!.AsArray()).FirstOrDefault(c => c?["id"]?.GetValue<string>() == Target.ToString());
        Assert.True(target is not null, $"{asker}: the target is missing from its contact persons' citizens");
        Assert.True((target[field] is not null) == expected, $"{asker} reading {category} through a nested path: expected {(expected ? "visible" : "denied")}");
    }

    private static void AssertPath(GraphQLResponse response, Asker asker, DataCategory category, string alias, string field, bool reachable, bool expected)
    {
        var citizen = response.Data?[alias];
        if (!reachable)
        {
            Assert.True(citizen is null, $"{asker} reached the citizen through '{alias}' without Identity");
            Assert.Contains(response.ErrorCodesAt(alias), code => code is AccessDecision.NotAuthorized or AccessDecision.NotAuthenticated);
            return;
        }
        var value = citizen![field];
        Assert.True((value is not null) == expected, $"{asker} reading {category} through '{alias}': expected {(expected ? "visible" : "denied")}, got {value?.ToJsonString() ?? "null"}; errors {response.Errors.ToJsonString()}");
        if (!expected)
            Assert.Contains(response.ErrorCodesAt($"{alias}.{field}"), code => code is AccessDecision.NotAuthorized or AccessDecision.NotAuthenticated);
    }

    private async Task AssertAuditPathsAsync(GraphQLClient client, Asker asker)
    {
        var response = await client.PostAsync("""
            query Log($id: ID) {
              direct: accessLog(citizenId: $id, first: 1) { edges { node { id } } }
              aliased: accessLog(citizenId: $id, first: 1) { renamed: edges { node { id } } }
              ...LogFragment
              ... on Query { viaInline: accessLog(citizenId: $id, first: 1) { edges { node { id } } } }
            }
            fragment LogFragment on Query { viaFragment: accessLog(citizenId: $id, first: 1) { edges { node { id } } } }
            """, new { id = Target });
        var expected = Grants(asker, DataCategory.Audit, citizenKnown: false);
        foreach (var alias in new[] { "direct", "aliased", "viaFragment", "viaInline" })
        {
            Assert.True((response.Data?[alias] is not null) == expected, $"{asker} reading the access log through '{alias}': expected {(expected ? "visible" : "denied")}");
            if (!expected)
                Assert.Contains(response.ErrorCodesAt(alias), code => code is AccessDecision.NotAuthorized or AccessDecision.NotAuthenticated);
        }

        var own = await client.PostAsync("{ myAccessLog { category } }");
        var ownExpected = asker.Role == Role.Citizen && asker.OwnRecord;
        // A citizen's token for another citizen still reads its *own* log: myAccessLog is always the viewer's.
        var ownVisible = asker.Role == Role.Citizen;
        Assert.True((own.Data?["myAccessLog"] is JsonArray) == ownVisible, $"{asker} reading myAccessLog (own record: {ownExpected}): {own.Text}");
    }
}
