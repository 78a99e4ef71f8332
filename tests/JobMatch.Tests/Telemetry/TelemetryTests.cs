using System.Collections.Concurrent;
using System.Diagnostics;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Telemetry;

/// <summary>What a request did can be seen: spans per stage and per source, and a correlation id on errors.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class TelemetryTests(DemoHost host)
{
    [Fact]
    public async Task ARequestEmitsExecutionAndPerSourceSpans()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "JobMatch" or "GraphQL",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);

        await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(
            "query Plan($id: ID!) { citizen(id: $id) { employment { placements { kind employer { name } } } } }", new { id = DemoCitizens.JobshopCitizen }, operationName: "Plan");

        Assert.Contains(spans, s => s.Source.Name == "GraphQL");
        Assert.Contains(spans, s => s.DisplayName == "load employment.placements" && (string?)s.GetTagItem("jobmatch.source") == "Employment");
        Assert.Contains(spans, s => s.DisplayName == "load registry.employerById" && (string?)s.GetTagItem("jobmatch.source") == "Registry");
    }

    [Fact]
    public async Task AnErrorResponseCarriesTheCorrelationIdOfItsLogLines()
    {
        var response = await host.GraphQL().PostAsync("{ citizens(first: 1) { edges { node { id } } } }");

        var header = (await host.CreateClient().PostAsync("/graphql", new StringContent("{\"query\":\"{ nope }\"}", System.Text.Encoding.UTF8, "application/json"))).Headers.GetValues("X-Correlation-Id").Single();
        Assert.Matches("^[0-9a-f]{32}$", response.Json!["extensions"]!["correlationId"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{32}$", header);
    }

    [Fact]
    public async Task DevelopmentResponsesSayWhatEachSourceRan()
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(
            "query($id: ID!) { citizen(id: $id) { name employment { goals { text } } } }", new { id = DemoCitizens.JobshopCitizen });

        var sources = response.Json!["extensions"]!["diagnostics"]!["sources"]!;
        Assert.Equal(1, sources["Employment"]!["statements"]!.GetValue<int>());
        Assert.True(sources["Registry"]!["statements"]!.GetValue<int>() >= 1);
        Assert.True(response.Json["extensions"]!["diagnostics"]!["totalMs"]!.GetValue<double>() > 0);
    }
}
