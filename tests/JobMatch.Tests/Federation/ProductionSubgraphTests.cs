using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Graph.Federation;
using JobMatch.Graph.Http;
using JobMatch.Graph.Limits;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Federation;

/// <summary>
/// The Registry subgraph as an operator runs it in Production: the defaults (only trusted documents), a signing key
/// and the gateway's credential of its own, and demo data so there is something to refuse.
/// </summary>
public class ProductionSubgraphHost : SubgraphHost
{
    public static readonly string Secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public ProductionSubgraphHost()
        : base(Subgraph.Registry)
    {
        Settings["JobMatch:Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Settings["JobMatch:SeedDemoData"] = "true";
        Settings[GatewayCredential.SecretSetting] = Secret;
    }

    protected override string EnvironmentName => "Production";
}

/// <summary>
/// A subgraph in Production runs a document of the caller's own only from the gateway, known by its credential and not
/// by the network; whoever calls it straight runs only the trusted documents, as the single host does, and the
/// credential opens no data: the caller's token still decides every field.
/// </summary>
public sealed class ProductionSubgraphTests(ProductionSubgraphHost host) : IClassFixture<ProductionSubgraphHost>
{
    private const string Departments = "{ departments { code } }";

    private static GraphQLClient FromGateway(GraphQLClient client, string credential = "")
    {
        client.Http.DefaultRequestHeaders.Add(GatewayCredential.Header, credential.Length > 0 ? credential : ProductionSubgraphHost.Secret);
        return client;
    }

    [Fact]
    public async Task ADocumentOfTheCallersOwnIsRefusedWithoutTheGatewayCredential()
    {
        var response = await host.GraphQLAs(Graph.Access.Departments.Employment, Role.Caseworker).PostAsync(Departments);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["DOCUMENT_ID_MISSING"], response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task WithTheGatewayCredentialTheGatewaysOwnDocumentRuns()
    {
        var response = await FromGateway(host.GraphQLAs(Graph.Access.Departments.Employment, Role.Caseworker)).PostAsync(Departments);

        Assert.Equal(["BIF", "BUF", "SOF", "SUF"], response.DataOrThrow()["departments"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task TheGatewaysRequestMayCarryMoreThanACallersBodyUpToItsOwnBound()
    {
        // The gateway's representations carry the departments' parts of each citizen's plan: a page of plans passes 64 KB.
        var large = new { padding = new string('x', 200_000) };
        var straight = await host.GraphQLAs(Graph.Access.Departments.Employment, Role.Caseworker).PostAsync(Departments, large);
        var fromGateway = await FromGateway(host.GraphQLAs(Graph.Access.Departments.Employment, Role.Caseworker)).PostAsync(Departments, large);
        var tooLarge = await FromGateway(host.GraphQLAs(Graph.Access.Departments.Employment, Role.Caseworker)).PostAsync(Departments, new { padding = new string('x', 5 * 1024 * 1024) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, straight.Status);
        Assert.Equal(["BODY_TOO_LARGE"], straight.ErrorCodes);
        Assert.Equal(4, fromGateway.DataOrThrow()["departments"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.Status);
        Assert.Equal(["BODY_TOO_LARGE"], tooLarge.ErrorCodes);
    }

    [Fact]
    public async Task TheGatewayCredentialWithoutACallersTokenGivesNoPersonalData()
    {
        var response = await FromGateway(host.GraphQL()).PostAsync("query($id: ID!) { citizen(id: $id) { name cpr } }", new { id = DemoCitizens.SharedCashBenefitCitizen });

        Assert.Null(response.Data?["citizen"]);
        Assert.Contains(AccessDecision.NotAuthenticated, response.ErrorCodes);
        Assert.DoesNotContain("Mads", response.Text);
    }

    [Fact]
    public async Task AWrongGatewayCredentialIsRefusedBeforeAnythingRuns()
    {
        var wrong = ProductionSubgraphHost.Secret[..^1] + (ProductionSubgraphHost.Secret[^1] == 'A' ? 'B' : 'A');

        var response = await FromGateway(host.GraphQLAs(Graph.Access.Departments.Employment, Role.Caseworker), wrong).PostAsync(Departments);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal([GatewayCredential.InvalidCode], response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task ATrustedDocumentRunsWithoutTheCredentialAsOnTheSingleHost()
    {
        var document = File.ReadAllText(Repository.PathOf("schema", "operations", "CitizenContactPersons.graphql"));
        var body = JsonSerializer.Serialize(new { documentId = "sha256:" + TrustedDocuments.IdOf(document), variables = new { citizenId = DemoCitizens.FlexJobCitizen } });

        var response = await host.GraphQLAs(Graph.Access.Departments.Health, Role.Consultant).SendAsync(HttpMethod.Post, "/graphql", body, "application/json");

        Assert.Equal("Henrik Mortensen", response.DataOrThrow()["citizen"]!["name"]!.GetValue<string>());
    }
}

/// <summary>The Registry subgraph in Production with two requests a minute per caller, to see whose budget a request spends.</summary>
public sealed class ForwardedForTests(ForwardedForTests.TightHost host) : IClassFixture<ForwardedForTests.TightHost>
{
    public sealed class TightHost : ProductionSubgraphHost
    {
        public TightHost() => Settings["JobMatch:Limits:RequestsPerMinute"] = "2";
    }

    private static async Task<HttpStatusCode> SendAsync(JobMatchHost host, string? forwardedFor, bool credential)
    {
        var client = host.GraphQL();
        if (forwardedFor is not null)
            client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        if (credential)
            client.Http.DefaultRequestHeaders.Add(GatewayCredential.Header, ProductionSubgraphHost.Secret);
        return (await client.PostAsync("{ departments { code } }")).Status;
    }

    [Fact]
    public async Task ADirectCallerGetsNoFreshBudgetByWritingXForwardedFor()
    {
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await SendAsync(host, null, credential: false));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await SendAsync(host, "198.51.100.1", credential: false));

        Assert.Equal(HttpStatusCode.TooManyRequests, await SendAsync(host, "198.51.100.2", credential: false));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SendAsync(host, "203.0.113.9, 198.51.100.3", credential: false));
    }

    [Fact]
    public async Task BehindTheGatewayEachForwardedCallerHasABudgetOfItsOwn()
    {
        Assert.Equal(HttpStatusCode.OK, await SendAsync(host, "192.0.2.10", credential: true));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(host, "192.0.2.10", credential: true));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SendAsync(host, "192.0.2.10", credential: true));

        Assert.Equal(HttpStatusCode.OK, await SendAsync(host, "192.0.2.11", credential: true));
    }
}

/// <summary>A subgraph outside Development starts only with the gateway's credential, and only with a long one.</summary>
public sealed class ProductionSubgraphStartTests
{
    private static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task AProductionSubgraphWithoutTheGatewayCredentialRefusesToStartAndWritesNothing()
    {
        using var program = new ProgramProcess(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["JobMatch__Auth__SigningKey"] = Key,
            ["JobMatch__Subgraph"] = "Employment",
        });

        Assert.Equal(1, await program.ExitCodeAsync());
        Assert.Contains("JobMatch does not start in Production", program.Output);
        Assert.Contains("JobMatch__Gateway__Secret", program.Output);
        Assert.False(Directory.Exists(program.DataDirectory));
    }

    [Fact]
    public async Task AShortGatewayCredentialIsRefusedToo()
    {
        using var program = new ProgramProcess(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["JobMatch__Auth__SigningKey"] = Key,
            ["JobMatch__Subgraph"] = "Employment",
            ["JobMatch__Gateway__Secret"] = "short",
        });

        Assert.Equal(1, await program.ExitCodeAsync());
        Assert.Contains("shorter than 32 characters", program.Output);
    }
}
