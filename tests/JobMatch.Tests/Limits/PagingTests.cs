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

    /// <summary>Every id of a connection walked forwards with first/after, and again backwards with last/before.</summary>
    private static async Task<(List<string> Forwards, List<string> Backwards)> WalkBothWaysAsync(GraphQLClient client, string query, Func<JsonNode, JsonNode> connection)
    {
        var forwards = new List<string>();
        string? after = null;
        do
        {
            var page = connection((await client.PostAsync(query, new { first = 2, after, last = (int?)null, before = (string?)null })).DataOrThrow());
            forwards.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null && forwards.Count < 60);

        var backwards = new List<string>();
        string? before = null;
        do
        {
            var page = connection((await client.PostAsync(query, new { first = (int?)null, after = (string?)null, last = 2, before })).DataOrThrow());
            var ids = page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
            backwards.InsertRange(0, ids);
            before = page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() ? page["pageInfo"]!["startCursor"]!.GetValue<string>() : null;
        }
        while (before is not null && backwards.Count < 60);
        return (forwards, backwards);
    }

    [Fact]
    public async Task EveryConnectionPagesBackwardsWithLastAndBeforeToTheSameList()
    {
        const string Participants = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              project(code: "KLAPJOB") { participants(first: $first, after: $after, last: $last, before: $before) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id } } nodes { id } } }
            }
            """;
        const string Employees = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              contactPersons(department: SUF, first: $first, after: $after, last: $last, before: $before) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id: name } } nodes { id: name } }
            }
            """;
        const string Caseload = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              contactPersons(department: SOF, first: 1) { nodes { citizens(first: $first, after: $after, last: $last, before: $before) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id } } nodes { id } } } }
            }
            """;
        const string Log = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              accessLog(first: $first, after: $after, last: $last, before: $before) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id } } nodes { id } }
            }
            """;

        var participants = await WalkBothWaysAsync(host.GraphQLAs(Departments.Employment, Role.Consultant), Participants, d => d["project"]!["participants"]!);
        var employees = await WalkBothWaysAsync(host.GraphQLAs(Departments.Health, Role.Caseworker), Employees, d => d["contactPersons"]!);
        var caseload = await WalkBothWaysAsync(host.GraphQLAs(Departments.Social, Role.Caseworker), Caseload, d => d["contactPersons"]!["nodes"]![0]!["citizens"]!);

        foreach (var (forwards, backwards) in new[] { participants, employees, caseload })
        {
            Assert.True(forwards.Count > 2, $"only {forwards.Count} on the list");
            Assert.Equal(forwards, backwards);
        }

        // The log grows while it is read (each page is itself logged), so backwards from the oldest end shows the same first records.
        var auditor = host.GraphQLAs(null, Role.Auditor);
        var oldest = (await auditor.PostAsync(Log, new { last = 3 })).DataOrThrow()["accessLog"]!;
        var olderThanTheirNewest = (await auditor.PostAsync(Log, new { first = 2, after = oldest["pageInfo"]!["startCursor"]!.GetValue<string>() })).DataOrThrow()["accessLog"]!;
        Assert.Equal(3, oldest["nodes"]!.AsArray().Count);
        // Nothing is older than the oldest; newer records come before them in the log's newest-first order.
        Assert.False(oldest["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(oldest["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(
            oldest["nodes"]!.AsArray().Skip(1).Select(n => n!["id"]!.GetValue<string>()),
            olderThanTheirNewest["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task FirstAndLastTogetherAreRefused()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Consultant);

        var both = await bif.PostAsync("""{ project(code: "KLAPJOB") { participants(first: 2, last: 2) { totalCount } } }""");

        Assert.Equal(["INVALID_PAGE"], both.ErrorCodesAt("project.participants"));
    }
}
