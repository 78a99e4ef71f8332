using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Citizens;

/// <summary>The combined plan a screen is built on: narrowed by arguments, with ids, sources, heads and whom to call.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class CombinedPlanTests(DemoHost host)
{
    private const string Plan = """
        query($id: ID!, $departments: [DepartmentCode!], $kinds: [PlanEntryKind!], $from: Date, $to: Date, $status: [PlanStatus!]) {
          citizen(id: $id) {
            combinedPlan(departments: $departments, kinds: $kinds, from: $from, to: $to, status: $status) {
              entries { id date endDate department kind status unit { code } responsible { contactPerson { name } } source { __typename id } }
              departments { department visible hiddenBecause plan { title created nextReview } }
            }
          }
        }
        """;

    [Fact]
    public async Task ArgumentsNarrowTheEntriesButEveryInvolvedDepartmentIsStillListed()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN");

        var response = await bif.PostAsync(Plan, new { id = DemoCitizens.SharedCashBenefitCitizen, departments = new[] { "SOF" }, kinds = new[] { "PLAN_REVIEW" } });

        var plan = response.DataOrThrow()["citizen"]!["combinedPlan"]!;
        var entry = Assert.Single(plan["entries"]!.AsArray())!;
        Assert.Equal("SOF", entry["department"]!.GetValue<string>());
        Assert.Equal("2026-12-01", entry["date"]!.GetValue<string>());
        Assert.Equal("SocialActionPlan", entry["source"]!["__typename"]!.GetValue<string>());
        Assert.Equal(entry["id"]!.GetValue<string>(), entry["source"]!["id"]!.GetValue<string>());
        Assert.NotNull(entry["responsible"]!["contactPerson"]!["name"]);
        Assert.Equal(["BIF", "SOF", "SUF"], plan["departments"]!.AsArray().Select(d => d!["department"]!.GetValue<string>()));
        var sof = plan["departments"]!.AsArray().Single(d => d!["department"]!.GetValue<string>() == "SOF")!;
        Assert.Equal("2025-11-03", sof["plan"]!["created"]!.GetValue<string>());
        Assert.Equal("2026-12-01", sof["plan"]!["nextReview"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnEntrysIdRefetchesItsSourceRecordThroughNode()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN");
        var plan = (await bif.PostAsync(Plan, new { id = DemoCitizens.SharedCashBenefitCitizen, kinds = new[] { "SOCIAL_SERVICE", "TARGET_GROUP" } }))
            .DataOrThrow()["citizen"]!["combinedPlan"]!["entries"]!.AsArray();
        var service = plan.First(e => e!["kind"]!.GetValue<string>() == "SOCIAL_SERVICE")!;

        var node = await bif.PostAsync("query($id: ID!) { node(id: $id) { __typename ... on SocialService { title } } }", new { id = service["id"]!.GetValue<string>() });

        Assert.Equal("SocialService", node.DataOrThrow()["node"]!["__typename"]!.GetValue<string>());
        Assert.Equal("SOF-BOSTOETTE", service["unit"]!["code"]!.GetValue<string>());
        Assert.Equal(2, plan.Count(e => e!["kind"]!.GetValue<string>() == "TARGET_GROUP"));
    }

    [Fact]
    public async Task TheReformsGroupIsAnEntryAndFromToNarrowTheTimeLine()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN");

        var response = await bif.PostAsync(Plan, new { id = DemoCitizens.SharedCashBenefitCitizen, kinds = new[] { "TARGET_GROUP", "BENEFIT" }, from = "2027-01-01", status = new[] { "PLANNED" } });

        var entries = response.DataOrThrow()["citizen"]!["combinedPlan"]!["entries"]!.AsArray();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal("2027-01-01", e!["date"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.Equal("PLANNED", e!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AHiddenDepartmentStaysHiddenWhateverTheArgumentsAsk()
    {
        // Lars has given no consent: SOF sees that BIF is involved and whom to call, nothing of BIF's plan.
        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker).For("COORDINATED_PLAN");

        var response = await sof.PostAsync(Plan, new { id = DemoCitizens.JobshopCitizen, departments = new[] { "BIF" } });

        var plan = response.DataOrThrow()["citizen"]!["combinedPlan"]!;
        Assert.Empty(plan["entries"]!.AsArray());
        var bif = plan["departments"]!.AsArray().Single(d => d!["department"]!.GetValue<string>() == "BIF")!;
        Assert.False(bif["visible"]!.GetValue<bool>());
        Assert.Equal("AUTH_NOT_AUTHORIZED", bif["hiddenBecause"]!.GetValue<string>());
        Assert.Null(bif["plan"]);
    }
}
