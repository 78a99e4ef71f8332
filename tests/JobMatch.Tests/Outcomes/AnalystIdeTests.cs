using System.Text.Json.Nodes;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Outcomes;

/// <summary>In Development the analyst persona's IDE opens on the sample outcomes operation.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class AnalystIdeTests(DemoHost host)
{
    [Fact]
    public async Task TheAnalystPersonaOpensOnTheOutcomesOperationAndACaseworkerOnNone()
    {
        var http = host.CreateClient();

        var analyst = JsonNode.Parse(await http.GetStringAsync("/graphql/bcp-config.json?persona=analyst"))!;
        var caseworker = JsonNode.Parse(await http.GetStringAsync("/graphql/bcp-config.json?persona=bif-caseworker"))!;

        Assert.Equal(File.ReadAllText(Repository.PathOf("schema", "operations", "AnalystOutcomes.graphql")), analyst["document"]!.GetValue<string>());
        Assert.Null(caseworker["document"]);
    }
}
