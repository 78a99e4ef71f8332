using JobMatch.Graph.Access;
using JobMatch.Graph.Outcomes;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Outcomes;

/// <summary>The deprecated projectOutcomes keeps its shape and now publishes the disclosed figures of outcomes.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class ProjectOutcomeTests(DemoHost host)
{
    private const string Outcomes = """{ projectOutcomes(code: "KLAPJOB") { suppressed participants employedAtEnrollment { count percent } employedNow { count percent } steps { order name reached } } }""";

    [Fact]
    public async Task AnAnalystSeesKlapJobsOutcomesRounded()
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Analyst).PostAsync(Outcomes);

        var outcome = response.DataOrThrow()["projectOutcomes"]!;
        Assert.False(outcome["suppressed"]!.GetValue<bool>());
        Assert.Equal(0, outcome["participants"]!.GetValue<int>() % Disclosure.RoundingBase);
        Assert.True(outcome["participants"]!.GetValue<int>() >= 40, outcome.ToJsonString());
        Assert.NotNull(outcome["employedAtEnrollment"]);
        Assert.Equal(4, outcome["steps"]!.AsArray().Count);
        // Everyone reached step 1: a share of everyone is published, not blanked.
        Assert.Equal(outcome["participants"]!.GetValue<int>(), outcome["steps"]![0]!["reached"]!.GetValue<int>());
    }

    [Fact]
    public async Task ACaseworkerIsNotAnAnalyst()
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(Outcomes);

        Assert.Equal([AccessDecision.NotAuthorized], response.ErrorCodes);
    }
}
