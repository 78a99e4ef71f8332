using System.Text.Json.Nodes;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Youth;

/// <summary>
/// The handover worklist from BUF to the adult departments, as BUF and as the receiving departments see it on the
/// host's fixed day (2026-12-01, the day the demo data is seeded for): each state, its dates, whom to call, and that
/// a receiving department reads the plan's content only under the young person's consent with its purpose.
/// </summary>
[Collection(DemoHostCollection.Name)]
public sealed class YouthHandoverTests(DemoHost host)
{
    private const string Worklist = """
        query($where: YouthHandoverFilterInput) {
          youthHandovers(first: 100, where: $where) {
            totalCount
            nodes {
              citizenId name birthDate state dueFrom planDueBy eighteenOn planStartedOn agreedOn handedOverOn
              receiving { department contact { name from unit { code } } }
              bufContact { name department }
            }
          }
        }
        """;

    private const string WithPlan = """
        { youthHandovers(first: 100) { nodes { citizenId state transitionPlan { id summary } educations { programme } } } }
        """;

    [Fact]
    public async Task BufSeesItsYoungPeopleInEachStateWithTheDatesOfTheRule()
    {
        var response = await host.GraphQLAs(Departments.Youth, Role.Caseworker).PostAsync(Worklist);
        var entries = ById(response.DataOrThrow()["youthHandovers"]!["nodes"]!);

        Assert.Equal("NOT_DUE", entries[DemoYouth.NotDue]["state"]!.GetValue<string>());
        Assert.Equal("DUE", entries[DemoYouth.Due]["state"]!.GetValue<string>());
        Assert.Equal("PLAN_OVERDUE", entries[DemoYouth.PlanOverdue]["state"]!.GetValue<string>());
        Assert.Equal("PLAN_AGREED", entries[DemoYouth.PlanAgreed]["state"]!.GetValue<string>());
        Assert.Equal("HANDED_OVER", entries[DemoYouth.HandedOver]["state"]!.GetValue<string>());
        Assert.Equal("PLAN_OVERDUE", entries[DemoCitizens.StuStudent]["state"]!.GetValue<string>());
        Assert.False(entries.ContainsKey(DemoYouth.PastHandover), "a handover closed four months ago is off the worklist");
        Assert.False(entries.ContainsKey(DemoCitizens.KlapJobParticipant), "Sofie was handed over in 2021");

        // Noah, born 2009-07-29: due from 17 years 2 months, the plan agreed by 17½, 18 on 2027-07-29.
        var noah = entries[DemoYouth.Due];
        Assert.Equal("Noah Bruun Jakobsen", noah["name"]!.GetValue<string>());
        Assert.Equal("2009-07-29", noah["birthDate"]!.GetValue<string>());
        Assert.Equal("2026-09-29", noah["dueFrom"]!.GetValue<string>());
        Assert.Equal("2027-01-29", noah["planDueBy"]!.GetValue<string>());
        Assert.Equal("2027-07-29", noah["eighteenOn"]!.GetValue<string>());
        Assert.Equal(["BIF", "SOF"], noah["receiving"]!.AsArray().Select(r => r!["department"]!.GetValue<string>()));
        Assert.All(noah["receiving"]!.AsArray(), r => Assert.Null(r!["contact"]));
        Assert.Equal("Line Bach", noah["bufContact"]!["name"]!.GetValue<string>());

        var freja = entries[DemoYouth.NotDue];
        Assert.Equal("2026-12-27", freja["dueFrom"]!.GetValue<string>());
        Assert.Null(freja["planStartedOn"]);
        Assert.Empty(freja["receiving"]!.AsArray());

        // Oliver's plan was agreed at 17 years 5 months; SOF has named his contact person from his 18th birthday.
        var oliver = entries[DemoYouth.PlanAgreed];
        Assert.Equal("2026-05-26", oliver["agreedOn"]!.GetValue<string>());
        var sof = oliver["receiving"]!.AsArray().Single()!;
        Assert.Equal("SOF", sof["department"]!.GetValue<string>());
        Assert.Equal("2026-12-26", sof["contact"]!["from"]!.GetValue<string>());
        Assert.Equal("SOF-BOSTOETTE", sof["contact"]!["unit"]!["code"]!.GetValue<string>());

        // Clara moved to BIF on her 18th birthday; BUF follows up (its own contact ended that day) for three months.
        var clara = entries[DemoYouth.HandedOver];
        Assert.Equal("2026-10-28", clara["handedOverOn"]!.GetValue<string>());
        Assert.Equal("JC-UNGE", clara["receiving"]!.AsArray().Single()!["contact"]!["unit"]!["code"]!.GetValue<string>());
        Assert.Equal("Line Bach", clara["bufContact"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task BufReadsThePlanWhileItHoldsTheCaseAndOnlyTheEntryAfterHandingItOver()
    {
        var response = await host.GraphQLAs(Departments.Youth, Role.Caseworker).PostAsync(WithPlan);
        var entries = Indexed(response.Data!["youthHandovers"]!["nodes"]!);

        Assert.StartsWith("Noah vil gerne arbejde med dyr", entries[DemoYouth.Due].Node["transitionPlan"]!["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(entries[DemoYouth.NotDue].Node["transitionPlan"]);
        Assert.Equal(["STU"], entries[DemoYouth.NotDue].Node["educations"]!.AsArray().Select(e => e!["programme"]!.GetValue<string>()));
        // Clara's case is BIF's now: BUF follows the handover up, but its contact person ended, and so did its need for her plan.
        var clara = entries[DemoYouth.HandedOver];
        Assert.Equal("HANDED_OVER", clara.Node["state"]!.GetValue<string>());
        Assert.Null(clara.Node["transitionPlan"]);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodesAt($"youthHandovers.nodes.{clara.Index}.transitionPlan"));
    }

    [Fact]
    public async Task BifSeesOnlyTheYoungPeopleWhosePlanNamesItBeforeItHasAContactPersonOfItsOwn()
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(Worklist);
        var page = response.DataOrThrow()["youthHandovers"]!;
        var entries = ById(page["nodes"]!);

        Assert.Equal("DUE", entries[DemoYouth.Due]["state"]!.GetValue<string>());
        Assert.Equal("PLAN_OVERDUE", entries[DemoYouth.PlanOverdue]["state"]!.GetValue<string>());
        Assert.Equal("HANDED_OVER", entries[DemoYouth.HandedOver]["state"]!.GetValue<string>());
        Assert.Equal("PLAN_OVERDUE", entries[DemoCitizens.StuStudent]["state"]!.GetValue<string>());
        Assert.False(entries.ContainsKey(DemoYouth.NotDue), "no plan names BIF for Freja");
        Assert.False(entries.ContainsKey(DemoYouth.PlanAgreed), "Oliver's plan names SOF only");
        Assert.False(entries.ContainsKey(DemoYouth.PastHandover), "Viktor's handover is closed");
        Assert.All(entries.Values, e => Assert.Contains("BIF", e["receiving"]!.AsArray().Select(r => r!["department"]!.GetValue<string>())));
        Assert.Equal(entries.Count, page["totalCount"]!.GetValue<int>());

        // Whom to call: BUF's contact person, by name, since BIF has none of its own yet.
        Assert.Equal("Line Bach", entries[DemoYouth.PlanOverdue]["bufContact"]!["name"]!.GetValue<string>());
        Assert.Equal("Ida Kjær Lauridsen", entries[DemoYouth.PlanOverdue]["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task SofSeesTheYoungPeopleItReceivesAndNotThoseNamingOnlyBif()
    {
        var response = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(Worklist);
        var entries = ById(response.DataOrThrow()["youthHandovers"]!["nodes"]!);

        Assert.Equal("PLAN_AGREED", entries[DemoYouth.PlanAgreed]["state"]!.GetValue<string>());
        Assert.Equal("DUE", entries[DemoYouth.Due]["state"]!.GetValue<string>());
        Assert.False(entries.ContainsKey(DemoYouth.PlanOverdue), "Ida's plan names BIF only");
        Assert.False(entries.ContainsKey(DemoYouth.HandedOver), "Clara's plan names BIF only");
        Assert.False(entries.ContainsKey(DemoYouth.PastHandover), "Viktor's handover is closed, though SOF now holds his case");
    }

    [Fact]
    public async Task ADepartmentNamedOnNoPlanHasAnEmptyWorklistAndRolesWithoutCaseworkNone()
    {
        var suf = await host.GraphQLAs(Departments.Health, Role.Caseworker).PostAsync(Worklist);
        Assert.Equal(0, suf.DataOrThrow()["youthHandovers"]!["totalCount"]!.GetValue<int>());

        var analyst = await host.GraphQLAs(Departments.Youth, Role.Analyst).PostAsync(Worklist);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], analyst.ErrorCodesAt("youthHandovers"));
        Assert.Null(analyst.Data!["youthHandovers"]);

        var citizen = await host.GraphQLAs(null, Role.Citizen, DemoYouth.Due).PostAsync(Worklist);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], citizen.ErrorCodesAt("youthHandovers"));
    }

    [Fact]
    public async Task BifReadsAPlansContentOnlyUnderTheYoungPersonsConsentWithItsPurpose()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);

        var without = await bif.PostAsync(WithPlan);
        var entries = Indexed(without.Data!["youthHandovers"]!["nodes"]!);
        // Noah has consented to BIF for YOUTH_TRANSITION; Ida has not.
        Assert.Null(entries[DemoYouth.Due].Node["transitionPlan"]);
        Assert.Equal(["PURPOSE_REQUIRED"], without.ErrorCodesAt($"youthHandovers.nodes.{entries[DemoYouth.Due].Index}.transitionPlan"));
        Assert.Null(entries[DemoYouth.PlanOverdue].Node["transitionPlan"]);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], without.ErrorCodesAt($"youthHandovers.nodes.{entries[DemoYouth.PlanOverdue].Index}.transitionPlan"));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], without.ErrorCodesAt($"youthHandovers.nodes.{entries[DemoYouth.PlanOverdue].Index}.educations"));
        Assert.Equal("PLAN_OVERDUE", entries[DemoYouth.PlanOverdue].Node["state"]!.GetValue<string>());

        var otherPurpose = await bif.For("COORDINATED_PLAN").PostAsync(WithPlan);
        var other = Indexed(otherPurpose.Data!["youthHandovers"]!["nodes"]!);
        Assert.Equal(["PURPOSE_REQUIRED"], otherPurpose.ErrorCodesAt($"youthHandovers.nodes.{other[DemoYouth.Due].Index}.transitionPlan"));

        var with = await bif.For("YOUTH_TRANSITION").PostAsync(WithPlan);
        var opened = Indexed(with.Data!["youthHandovers"]!["nodes"]!);
        Assert.StartsWith("Noah vil gerne arbejde med dyr", opened[DemoYouth.Due].Node["transitionPlan"]!["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(opened[DemoYouth.PlanOverdue].Node["transitionPlan"]);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], with.ErrorCodesAt($"youthHandovers.nodes.{opened[DemoYouth.PlanOverdue].Index}.transitionPlan"));
    }

    [Fact]
    public async Task BeingNamedAsReceivingOpensNoOtherPathToTheYoungPerson()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker).For("YOUTH_TRANSITION");

        var citizen = await bif.PostAsync("query($id: ID!) { citizen(id: $id) { name youth { transitionPlan { summary } } combinedPlan { entries { title } } } }", new { id = DemoYouth.PlanOverdue });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], citizen.ErrorCodesAt("citizen"));
        Assert.Null(citizen.Data!["citizen"]);

        var asNode = await bif.PostAsync("query($id: ID!) { node(id: $id) { ... on Citizen { name } } }", new { id = DemoYouth.Due });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], asNode.ErrorCodesAt("node"));

        var list = await bif.PostAsync("{ citizens(first: 100, where: { birthDate: { gte: \"2008-01-01\" } }) { totalCount nodes { id } } }");
        var ids = list.DataOrThrow()["citizens"]!["nodes"]!.AsArray().Select(n => Guid.Parse(n!["id"]!.GetValue<string>())).ToList();
        Assert.DoesNotContain(DemoYouth.Due, ids);
        Assert.DoesNotContain(DemoYouth.PlanOverdue, ids);
        Assert.Contains(DemoYouth.HandedOver, ids);
    }

    [Fact]
    public async Task AReceivingDepartmentThatHoldsTheCaseStillReadsNoYouthDetailWithoutConsent()
    {
        // Clara is BIF's now (its contact person since her 18th birthday), and gave BIF no consent to BUF's detail.
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker).For("YOUTH_TRANSITION");
        var response = await bif.PostAsync("query($id: ID!) { citizen(id: $id) { name youth { transitionPlan { summary } } combinedPlan { entries { department kind } } } }", new { id = DemoYouth.HandedOver });

        Assert.Equal("Clara Mikkelsen Bech", response.Data!["citizen"]!["name"]!.GetValue<string>());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodesAt("citizen.youth"));
        Assert.DoesNotContain("BUF", response.Data!["citizen"]!["combinedPlan"]!["entries"]!.AsArray().Select(e => e!["department"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TheWorklistLogsEveryEntryItServedAndEveryPlanItRefused()
    {
        await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(WithPlan);

        var log = (await host.GraphQLAs(null, Role.Auditor).PostAsync(
            "query($id: ID) { accessLog(citizenId: $id, first: 100) { edges { node { department category operation allowed } } } }", new { id = DemoYouth.PlanOverdue })).DataOrThrow();
        var records = log["accessLog"]!["edges"]!.AsArray().Select(e => e!["node"]!).Where(n => n["department"]?.GetValue<string>() == "BIF").ToList();
        Assert.Contains(records, n => n["category"]!.GetValue<string>() == "Handover" && n["operation"]!.GetValue<string>() == "Read" && n["allowed"]!.GetValue<bool>());
        Assert.Contains(records, n => n["category"]!.GetValue<string>() == "YouthDetail" && !n["allowed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ARefetchedPlanFollowsTheSameRuleAsTheWorklist()
    {
        var plans = ById((await host.GraphQLAs(Departments.Youth, Role.Caseworker).PostAsync(WithPlan)).Data!["youthHandovers"]!["nodes"]!);
        var noahsPlan = plans[DemoYouth.Due]["transitionPlan"]!["id"]!.GetValue<string>();
        var idasPlan = plans[DemoYouth.PlanOverdue]["transitionPlan"]!["id"]!.GetValue<string>();
        const string node = "query($id: ID!) { node(id: $id) { ... on TransitionPlan { summary } } }";
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);

        var first = await bif.PostAsync(node, new { id = noahsPlan });
        Assert.True(first.ErrorCodesAt("node").SequenceEqual(["PURPOSE_REQUIRED"]), first.Text);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await bif.PostAsync(node, new { id = idasPlan })).ErrorCodesAt("node"));
        bif.For("YOUTH_TRANSITION");
        Assert.StartsWith("Noah", (await bif.PostAsync(node, new { id = noahsPlan })).DataOrThrow()["node"]!["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await bif.PostAsync(node, new { id = idasPlan })).ErrorCodesAt("node"));
        // SUF is named on no plan: the same id tells it nothing.
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await host.GraphQLAs(Departments.Health, Role.Caseworker).For("YOUTH_TRANSITION").PostAsync(node, new { id = noahsPlan })).ErrorCodesAt("node"));
    }

    [Fact]
    public async Task APastHandoverOpensNothingToTheDepartmentsItNamed()
    {
        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker).For("YOUTH_TRANSITION");
        // SOF holds Viktor's case now, so it reads who he is; BUF's plan stays BUF's without his consent.
        var response = await sof.PostAsync("query($id: ID!) { citizen(id: $id) { name youth { transitionPlan { summary } } } }", new { id = DemoYouth.PastHandover });
        Assert.Equal("Viktor Lindberg Nørgaard", response.Data!["citizen"]!["name"]!.GetValue<string>());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodesAt("citizen.youth"));

        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await bif.PostAsync("query($id: ID!) { citizen(id: $id) { name } }", new { id = DemoYouth.PastHandover })).ErrorCodesAt("citizen"));
    }

    [Fact]
    public async Task FiltersAndTheCountHoldOnlyWhatTheViewerMaySee()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);

        var notDue = (await bif.PostAsync(Worklist, new { where = new { state = new { eq = "NOT_DUE" } } })).DataOrThrow()["youthHandovers"]!;
        Assert.DoesNotContain(DemoYouth.NotDue, ById(notDue["nodes"]!).Keys);
        Assert.Equal(notDue["nodes"]!.AsArray().Count, notDue["totalCount"]!.GetValue<int>());

        var toSof = (await bif.PostAsync(Worklist, new { where = new { receivingDepartment = new { eq = "SOF" } } })).DataOrThrow()["youthHandovers"]!;
        var ids = ById(toSof["nodes"]!).Keys;
        Assert.Contains(DemoYouth.Due, ids);
        Assert.DoesNotContain(DemoYouth.PlanAgreed, ids);
        Assert.DoesNotContain(DemoYouth.PlanOverdue, ids);
        Assert.Equal(ids.Count, toSof["totalCount"]!.GetValue<int>());

        var byState = (await host.GraphQLAs(Departments.Youth, Role.Caseworker).PostAsync(Worklist, new { where = new { state = new { @in = new[] { "DUE", "PLAN_OVERDUE" } } } })).DataOrThrow()["youthHandovers"]!;
        Assert.All(byState["nodes"]!.AsArray(), n => Assert.Contains(n!["state"]!.GetValue<string>(), new[] { "DUE", "PLAN_OVERDUE" }));
        Assert.Contains(DemoYouth.Due, ById(byState["nodes"]!).Keys);
        Assert.Contains(DemoYouth.PlanOverdue, ById(byState["nodes"]!).Keys);
    }

    [Fact]
    public async Task TheWorklistPagesWithoutOverlapInTheOrderAsked()
    {
        var buf = host.GraphQLAs(Departments.Youth, Role.Caseworker);
        const string query = "query($after: String) { youthHandovers(first: 2, after: $after, order: [{ eighteenOn: ASC }]) { totalCount pageInfo { hasNextPage endCursor } edges { node { citizenId eighteenOn } } } }";
        var seen = new List<(string Id, string Eighteen)>();
        string? after = null;
        int total;
        do
        {
            var page = (await buf.PostAsync(query, new { after })).DataOrThrow()["youthHandovers"]!;
            total = page["totalCount"]!.GetValue<int>();
            seen.AddRange(page["edges"]!.AsArray().Select(e => (e!["node"]!["citizenId"]!.GetValue<string>(), e["node"]!["eighteenOn"]!.GetValue<string>())));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null && seen.Count <= 200);

        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Select(s => s.Id).Distinct().Count());
        Assert.Equal(seen.Select(s => s.Eighteen).Order(StringComparer.Ordinal), seen.Select(s => s.Eighteen));

        var bad = await buf.PostAsync(query, new { after = "bm90LWEtY3Vyc29y" });
        Assert.Equal(["INVALID_CURSOR"], bad.ErrorCodesAt("youthHandovers"));
    }

    private static Dictionary<Guid, JsonNode> ById(JsonNode nodes) =>
        nodes.AsArray().ToDictionary(n => Guid.Parse(n!["citizenId"]!.GetValue<string>()), n => n!);

    private static Dictionary<Guid, (int Index, JsonNode Node)> Indexed(JsonNode nodes) =>
        nodes.AsArray().Select((n, i) => (n, i)).ToDictionary(x => Guid.Parse(x.n!["citizenId"]!.GetValue<string>()), x => (x.i, x.n!));
}
