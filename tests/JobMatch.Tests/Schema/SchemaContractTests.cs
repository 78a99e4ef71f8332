using GraphQL.Types;
using JobMatch.Graph.Http;
using JobMatch.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Schema;

/// <summary>schema/schema.graphql is the contract the front ends read: it must be exactly what the code prints.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class SchemaContractTests(DemoHost host)
{
    [Fact]
    public void CheckedInSchemaIsWhatTheCodePrints()
    {
        var printed = SchemaDocument.Print(host.Services.GetRequiredService<ISchema>());
        var path = Repository.PathOf("schema", "schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
            File.WriteAllText(path, printed);

        Assert.True(File.Exists(path), "schema/schema.graphql is missing; run the tests once with UPDATE_SCHEMA=1.");
        Assert.True(File.ReadAllText(path) == printed,
            "schema/schema.graphql differs from the schema the code prints. Review the change, then run the tests with UPDATE_SCHEMA=1 to accept it.");
    }

    [Fact]
    public void EveryFieldAndTypeIsDescribed()
    {
        var schema = host.Services.GetRequiredService<ISchema>();
        var undocumented = schema.AllTypes.OfType<IComplexGraphType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{t.Name}.{f.Name}")
                .Concat(string.IsNullOrWhiteSpace(t.Description) ? [t.Name] : []))
            .ToList();

        Assert.Empty(undocumented);
    }
}
