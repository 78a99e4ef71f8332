using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Batching;

/// <summary>
/// Every citizen on a page gets exactly the fields its selection asks for, with fragments merged, aliases kept and each
/// request's own @include variables applied, now that known loader results reach the engine as values in the same pass
/// as the fields around them.
/// </summary>
public sealed class CollectedFieldsTests(JobMatchHost host) : IClassFixture<JobMatchHost>
{
    private const string Merged = """
        query Q($withPhone: Boolean!) {
          citizens(first: 20) {
            edges { node { ...Who employment { goals { text } } } }
            nodes { id who: name @include(if: $withPhone) phone @include(if: $withPhone) }
          }
        }
        fragment Who on Citizen { id name employment { activities { title } } ... on Citizen { birthDate } }
        """;

    private const string Plain = """
        { citizens(first: 20) { nodes { id name birthDate phone employment { goals { text } activities { title } } } } }
        """;

    [Fact]
    public async Task EveryCitizenOnAPageGetsTheMergedFieldsAndTheRequestsOwnDirectives()
    {
        var client = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var plain = await client.PostAsync(Plain);
        var without = await client.PostAsync(Merged, new { withPhone = false });
        var with = await client.PostAsync(Merged, new { withPhone = true });

        Assert.Empty(plain.Errors);
        Assert.Empty(without.Errors);
        Assert.Empty(with.Errors);
        var expected = plain.Data!["citizens"]!["nodes"]!.AsArray().ToDictionary(n => n!["id"]!.GetValue<string>());
        Assert.Equal(20, expected.Count);
        Assert.Contains(expected.Values, n => n!["employment"]!["goals"]!.AsArray().Count > 0);
        Assert.Contains(expected.Values, n => n!["employment"]!["activities"]!.AsArray().Count > 0);

        foreach (var response in new[] { without, with })
        {
            var edges = response.Data!["citizens"]!["edges"]!.AsArray();
            Assert.Equal(20, edges.Count);
            foreach (var edge in edges)
            {
                var node = edge!["node"]!.AsObject();
                var want = expected[node["id"]!.GetValue<string>()]!;
                Assert.Equal(["id", "name", "employment", "birthDate"], node.Select(p => p.Key));
                Assert.Equal(want["name"]!.ToJsonString(), node["name"]!.ToJsonString());
                Assert.Equal(want["birthDate"]!.ToJsonString(), node["birthDate"]!.ToJsonString());
                // The fragment's activities and the node's own goals are one employment object, in the order first asked.
                Assert.Equal(["activities", "goals"], node["employment"]!.AsObject().Select(p => p.Key));
                Assert.Equal(want["employment"]!["goals"]!.ToJsonString(), node["employment"]!["goals"]!.ToJsonString());
                Assert.Equal(want["employment"]!["activities"]!.ToJsonString(), node["employment"]!["activities"]!.ToJsonString());
            }
        }

        Assert.All(without.Data!["citizens"]!["nodes"]!.AsArray(), n => Assert.Equal(["id"], n!.AsObject().Select(p => p.Key)));
        Assert.All(with.Data!["citizens"]!["nodes"]!.AsArray(), n =>
        {
            var want = expected[n!["id"]!.GetValue<string>()]!;
            Assert.Equal(["id", "who", "phone"], n.AsObject().Select(p => p.Key));
            Assert.Equal(want["name"]!.ToJsonString(), n["who"]!.ToJsonString());
            Assert.Equal(want["phone"]?.ToJsonString(), n["phone"]?.ToJsonString());
        });
    }
}
