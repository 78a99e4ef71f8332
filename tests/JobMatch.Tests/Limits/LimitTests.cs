using System.Net;
using System.Text;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Limits;

/// <summary>Each limit: a document just over it gets a clear error, and no SQL runs (the statement counter says 0).</summary>
[Collection(DemoHostCollection.Name)]
public sealed class LimitTests(DemoHost host)
{
    private GraphQLClient Sof => host.GraphQLAs(Departments.Social, Role.Caseworker);

    private static string Nested(int depth)
    {
        // citizen(1) > contactPersons(2) > contactPerson(3) > citizens(4) > items(5) > contactPersons(6) > ...
        var path = new[] { "contactPersons", "contactPerson", "citizens", "items" };
        var leafOf = new Dictionary<string, string> { ["citizen"] = "name", ["contactPersons"] = "responsibility", ["contactPerson"] = "name", ["citizens"] = "totalCount", ["items"] = "name" };
        var open = new StringBuilder("query Deep($id: ID!) { citizen(id: $id) { ");
        var last = "citizen";
        for (var level = 2; level < depth; level++)
            open.Append(last = path[(level - 2) % path.Length]).Append(" { ");
        open.Append(leafOf[last]).Append(' ');
        open.Append(string.Concat(Enumerable.Repeat("} ", depth - 1))).Append('}');
        return open.ToString();
    }

    [Fact]
    public async Task DepthEightPassesAndNineIsRefusedBeforeAnySql()
    {
        var eight = await Sof.PostAsync(Nested(8), new { id = DemoCitizens.JobshopCitizen });
        var nine = await Sof.PostAsync(Nested(9), new { id = DemoCitizens.JobshopCitizen });

        // The walk passes through other departments' caseloads, which SOF may not read: those are the only errors.
        Assert.All(eight.ErrorCodes, code => Assert.Equal("AUTH_NOT_AUTHORIZED", code));
        Assert.Equal(HttpStatusCode.OK, eight.Status);
        Assert.Equal(HttpStatusCode.BadRequest, nine.Status);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], nine.ErrorCodes);
        Assert.Equal(0, nine.SqlStatements);
    }

    [Fact]
    public async Task SixteenAliasesAreRefusedBeforeAnySql()
    {
        var fifteen = "{ " + string.Concat(Enumerable.Range(1, 15).Select(i => $"a{i}: departments {{ code }} ")) + "}";
        var sixteen = "{ " + string.Concat(Enumerable.Range(1, 16).Select(i => $"a{i}: departments {{ code }} ")) + "}";

        Assert.Empty((await Sof.PostAsync(fifteen)).Errors);
        var refused = await Sof.PostAsync(sixteen);
        Assert.Equal(["MAX_ALIASES_EXCEEDED"], refused.ErrorCodes);
        Assert.Equal(0, refused.SqlStatements);
    }

    [Fact]
    public async Task TheLimitsHoldOverGetToo()
    {
        var sixteen = "{ " + string.Concat(Enumerable.Range(1, 16).Select(i => $"a{i}: departments {{ code }} ")) + "}";
        var client = Sof;

        var response = await client.SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(sixteen));

        Assert.Equal(["MAX_ALIASES_EXCEEDED"], response.ErrorCodes);
    }

    [Fact]
    public async Task ListsAreWeightedByTheirPageSize()
    {
        const string query = "query($n: Int!) { citizens(first: $n) { edges { node { contactPersons { contactPerson { citizens { items { name } } } } } } } }";

        var small = await Sof.PostAsync(query, new { n = 10 });
        // The same document again, so validated already: its cost is still counted with the new variables.
        var large = await Sof.PostAsync(query, new { n = 100 });

        Assert.All(small.ErrorCodes, code => Assert.Equal("AUTH_NOT_AUTHORIZED", code));
        Assert.NotNull(small.Data?["citizens"]);
        Assert.Equal(HttpStatusCode.BadRequest, large.Status);
        Assert.Contains("complex", large.Errors[0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, large.SqlStatements);
    }

    [Theory]
    // Every contact person's citizens' contact persons' citizens, as lists and as pages.
    [InlineData("{ contactPersons { citizens { contactPersons { contactPerson { citizens { name cpr address } } } } } }")]
    [InlineData("{ contactPersons { items { citizens { items { contactPersons { contactPerson { citizens { items { name cpr address } } } } } } } } }")]
    // The same fan-out within the depth limit: 20 employees x 20 citizens x 4 contact persons, each counting a caseload.
    [InlineData("{ contactPersons { items { citizens { items { contactPersons { contactPerson { citizens { totalCount } } } } } } } }")]
    [InlineData("{ contactPersons(first: 1) { items { citizens { items { contactPersons { contactPerson { citizens { items { name } } } } } } } } }")]
    public async Task AWalkFromContactPersonsToTheirCitizensAndBackIsRefusedBeforeAnySql(string walk)
    {
        var response = await Sof.PostAsync(walk);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
        Assert.NotEmpty(response.Errors);
        Assert.Equal(0, response.SqlStatements);
    }

    [Fact]
    public async Task TheFanOutWithinTheDepthLimitIsRefusedByItsCost()
    {
        var response = await Sof.PostAsync("{ contactPersons { items { citizens { items { contactPersons { contactPerson { citizens { totalCount } } } } } } } }");

        Assert.Contains("complex", response.Errors.Single()!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, response.SqlStatements);
    }

    [Fact]
    public async Task ThePagesThatWalkStartsFromAreBoundedByThePageSize()
    {
        var tooLarge = await Sof.PostAsync("{ contactPersons(department: SOF, first: 1) { items { citizens(first: 101) { totalCount } } } }");
        var employees = await Sof.PostAsync("{ contactPersons(first: 101) { totalCount } }");
        var participants = await host.GraphQLAs(Departments.Employment, Role.Consultant).PostAsync("{ project(code: \"KLAPJOB\") { participants(first: 101) { totalCount } } }");

        Assert.Equal(["PAGE_SIZE_EXCEEDED"], tooLarge.ErrorCodes);
        Assert.Equal(["PAGE_SIZE_EXCEEDED"], employees.ErrorCodes);
        Assert.Equal(["PAGE_SIZE_EXCEEDED"], participants.ErrorCodes);
    }

    [Fact]
    public async Task APageOfAHundredCitizensWithTheirStatusContactPersonsAndTargetGroupFitsTheDefaultLimit()
    {
        const string page = """
            { citizens(first: 100) { edges { node {
                name
                employmentStatus { employed placementKind }
                contactPersons { departmentCode contactPerson { name } }
                employment { targetGroup { targetGroup { code name } } }
            } } } }
            """;

        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN").PostAsync(page);

        Assert.Equal(100, response.DataOrThrow()["citizens"]!["edges"]!.AsArray().Count);
    }

    [Fact]
    public async Task ALongDocumentIsRefusedBeforeParsing()
    {
        var padded = "{ departments { code } }" + new string(' ', 15_000 - 24 + 1);

        var response = await Sof.PostAsync(padded);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["DOCUMENT_TOO_LARGE"], response.ErrorCodes);
        Assert.Contains("15000", response.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ABodyOverSixtyFourKibibytesIs413()
    {
        var body = "{\"query\":\"{ departments { code } }\",\"variables\":{\"pad\":\"" + new string('x', 64 * 1024) + "\"}}";

        var response = await host.GraphQL().SendAsync(HttpMethod.Post, "/graphql", body, "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(["BODY_TOO_LARGE"], response.ErrorCodes);
    }

    [Fact]
    public async Task APageOverTheMaximumIsRefusedBeforeAnySql()
    {
        var response = await Sof.PostAsync("{ citizens(first: 101) { edges { node { name } } } }");

        Assert.Equal(["PAGE_SIZE_EXCEEDED"], response.ErrorCodes);
        Assert.Equal(0, response.SqlStatements);
    }

    [Fact]
    public async Task TheIdesIntrospectionQueryIsNotHeldByDepthOrComplexity()
    {
        var introspection = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Limits", "introspection.graphql"));

        var response = await host.GraphQL().PostAsync(introspection);

        Assert.Empty(response.Errors);
        Assert.NotNull(response.Data!["__schema"]);
    }
}
