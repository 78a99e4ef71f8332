using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace JobMatch.Tests.Citizens;

/// <summary>Response shapes the front ends build on, against the deterministic demo data.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class CitizenResponseTests(DemoHost host)
{
    /// <summary>
    /// Pins the combined plan a jobcenter shows for a citizen shared by BIF, SOF and SUF: BIF reads SOF's and
    /// SUF's entries under the citizen's consents, and every department's goals and activities interleave by date.
    /// </summary>
    [Fact]
    public async Task CombinedPlan()
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN").PostAsync("""
            query CombinedPlan($id: ID!) {
              citizen(id: $id) {
                name
                employmentStatus { employed placementKind hoursPerWeek since }
                combinedPlan {
                  entries { date endDate department kind title status }
                  departments { department visible hiddenBecause contactPerson { responsibility contactPerson { name title } } }
                }
              }
            }
            """, new { id = DemoCitizens.SharedCashBenefitCitizen });

        var entries = response.DataOrThrow()["citizen"]!["combinedPlan"]!["entries"]!.AsArray();
        Assert.Equal(["BIF", "SOF", "SUF"], entries.Select(e => e!["department"]!.GetValue<string>()).Distinct().Order());
        var dates = entries.Select(e => e!["date"]!.GetValue<string>()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Snapshot.Match(JToken.Parse(response.Text), o => o.ExcludeField("extensions"));
    }

    /// <summary>Pins a page of citizens as social services read it: identity, contact persons and employment status only.</summary>
    [Fact]
    public async Task CitizensPage()
    {
        var response = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync("""
            query SofCitizens {
              citizens(first: 5, where: { department: "SOF" }, order: [{ name: ASC }]) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { node { name birthDate district employmentStatus { employed placementKind hoursPerWeek since } contactPersons { departmentCode responsibility contactPerson { name } } } }
              }
            }
            """);

        Assert.Equal(5, response.DataOrThrow()["citizens"]!["edges"]!.AsArray().Count);
        Snapshot.Match(JToken.Parse(response.Text), o => o.ExcludeField("extensions"));
    }

    [Fact]
    public async Task TheNextPageStartsAfterTheCursor()
    {
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker);
        const string page = "query($after: String) { citizens(first: 3, after: $after) { pageInfo { endCursor hasPreviousPage } edges { node { id } } } }";

        var first = await client.PostAsync(page, new { after = (string?)null });
        var second = await client.PostAsync(page, new { after = first.Data!["citizens"]!["pageInfo"]!["endCursor"]!.GetValue<string>() });
        var both = await client.PostAsync("{ citizens(first: 6) { edges { node { id } } } }");

        var ids = first.Data["citizens"]!["edges"]!.AsArray().Concat(second.Data!["citizens"]!["edges"]!.AsArray()).Select(e => e!["node"]!["id"]!.GetValue<string>());
        Assert.Equal(both.Data!["citizens"]!["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()), ids);
        Assert.True(second.Data["citizens"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task APageLargerThanTheMaximumIsRefusedWithTheLimit()
    {
        var response = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync("{ citizens(first: 101) { edges { node { id } } } }");

        Assert.Equal(["PAGE_SIZE_EXCEEDED"], response.ErrorCodes);
        Assert.Contains("100", response.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task FiltersNarrowAcrossSources()
    {
        var client = host.GraphQLAs(Departments.Employment, Role.Caseworker);

        var klap = await client.PostAsync("""{ citizens(first: 100, where: { project: "KLAPJOB" }) { totalCount edges { node { enrollments { project { code } } } } } }""");

        var edges = klap.DataOrThrow()["citizens"]!["edges"]!.AsArray();
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.Contains(e!["node"]!["enrollments"]!.AsArray(), en => en!["project"]!["code"]!.GetValue<string>() == "KLAPJOB"));
    }

    [Fact]
    public async Task ACitizenIsFoundByCprWithOrWithoutTheHyphen()
    {
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker).For("CITIZEN_LOOKUP");
        var cpr = DemoCitizens.JobshopCitizenCpr;

        var plain = await client.PostAsync("query($cpr: String!) { citizenByCpr(cpr: $cpr) { id } }", new { cpr });
        var hyphen = await client.PostAsync("query($cpr: String!) { citizenByCpr(cpr: $cpr) { id } }", new { cpr = cpr[..6] + "-" + cpr[6..] });
        var bad = await client.PostAsync("query($cpr: String!) { citizenByCpr(cpr: $cpr) { id } }", new { cpr = "12345" });

        Assert.Equal(DemoCitizens.JobshopCitizen.ToString(), plain.DataOrThrow()["citizenByCpr"]!["id"]!.GetValue<string>());
        Assert.Equal(DemoCitizens.JobshopCitizen.ToString(), hyphen.DataOrThrow()["citizenByCpr"]!["id"]!.GetValue<string>());
        Assert.Equal(["INVALID_CPR"], bad.ErrorCodes);
    }
}
