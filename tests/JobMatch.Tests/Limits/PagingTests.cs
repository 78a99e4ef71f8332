using System.Text.Json.Nodes;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Limits;

/// <summary>The lists that grow with the data come a page at a time, cut in the database, one statement per level.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class PagingTests(DemoHost host)
{
    private const string Caseloads = """
        query($first: Int, $after: String) {
          contactPersons(department: SOF, first: 100) { edges { node { name citizens(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } items { id } } } } }
        }
        """;

    private static List<JsonNode> Employees(GraphQLResponse response) =>
        response.DataOrThrow()["contactPersons"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();

    private static List<string> Ids(JsonNode employee) => employee["citizens"]!["items"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task AContactPersonsCitizensComeAPageAtATimeAndTheNextPageFollowsOn()
    {
        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker);

        var firstPages = await sof.PostAsync(Caseloads, new { first = 2 });
        var cursor = Employees(firstPages).Select(e => e["citizens"]!["pageInfo"]!["endCursor"]?.GetValue<string>()).First(c => c is not null);
        var secondPages = await sof.PostAsync(Caseloads, new { first = 2, after = cursor });
        var wholePages = await sof.PostAsync(Caseloads, new { first = 4 });

        var busy = Employees(firstPages).Select((e, i) => (e, i)).Where(x => x.e["citizens"]!["totalCount"]!.GetValue<int>() > 4).ToList();
        Assert.NotEmpty(busy);
        foreach (var (employee, i) in busy)
        {
            Assert.Equal(2, Ids(employee).Count);
            Assert.True(employee["citizens"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            Assert.Equal(Ids(Employees(wholePages)[i]), [.. Ids(employee), .. Ids(Employees(secondPages)[i])]);
        }
        // The employees, then every caseload's page with its count in one batch, however many employees (the
        // access log's own statements apart).
        Assert.Equal(2, firstPages.SqlStatements - (firstPages.Json!["extensions"]!["diagnostics"]!["sources"]!["Audit"]?["statements"]?.GetValue<int>() ?? 0));
    }

    [Fact]
    public async Task AProjectsParticipantsComeAPageAtATime()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Consultant);
        const string query = """
            query($after: String) { project(code: "KLAPJOB") { participants(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }
            """;

        var first = (await bif.PostAsync(query)).DataOrThrow()["project"]!["participants"]!;
        var second = (await bif.PostAsync(query, new { after = first["pageInfo"]!["endCursor"]!.GetValue<string>() })).DataOrThrow()["project"]!["participants"]!;

        var firstIds = first["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()).ToList();
        var secondIds = second["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()).ToList();
        Assert.True(first["totalCount"]!.GetValue<int>() > 3);
        Assert.Equal(3, firstIds.Count);
        Assert.NotEmpty(secondIds);
        Assert.Empty(firstIds.Intersect(secondIds));
    }

    [Fact]
    public async Task ACursorFromElsewhereIsRefusedWithAClearError()
    {
        var response = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync("""{ contactPersons(first: 1, after: "bm90IGEgY3Vyc29y") { totalCount } }""");

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }
}
