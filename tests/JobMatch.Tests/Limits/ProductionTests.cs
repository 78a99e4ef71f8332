using System.Net;
using JobMatch.Graph.Access;
using JobMatch.Graph.Limits;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Limits;

/// <summary>Outside Development: no diagnostics, no field suggestions, introspection only with a token, trusted documents only when switched on.</summary>
public sealed class ProductionTests : IClassFixture<ProductionTests.TrustedOnlyHost>
{
    public sealed class TrustedOnlyHost : ProductionHost
    {
        public TrustedOnlyHost() => Settings["JobMatch:TrustedDocuments:Only"] = "true";
    }

    private readonly TrustedOnlyHost host;

    public ProductionTests(TrustedOnlyHost host) => this.host = host;

    private static string Operation(string file) => File.ReadAllText(Repository.PathOf("schema", "operations", file));

    private static object Trusted(string file, object? variables = null) =>
        new { documentId = "sha256:" + TrustedDocuments.IdOf(Operation(file)), variables };

    [Fact]
    public async Task ATrustedDocumentRunsByItsIdAndAnyOtherDocumentIsRefused()
    {
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker);

        var byId = await client.SendAsync(HttpMethod.Post, "/graphql", System.Text.Json.JsonSerializer.Serialize(Trusted("SocialServicesEmploymentStatus.graphql", new { first = 3 })), "application/json");
        var adHoc = await client.PostAsync("{ citizens(first: 3) { edges { node { name } } } }");
        var unknown = await client.SendAsync(HttpMethod.Post, "/graphql", "{\"documentId\":\"sha256:" + new string('0', 64) + "\"}", "application/json");

        Assert.Equal(3, byId.DataOrThrow()["citizens"]!["nodes"]!.AsArray().Count);
        Assert.Null(adHoc.Data);
        Assert.NotEmpty(adHoc.ErrorCodes);
        Assert.Equal(HttpStatusCode.BadRequest, adHoc.Status);
        Assert.Null(unknown.Data);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
    }

    [Fact]
    public async Task NoDiagnosticsAndNoSuggestionsLeaveProduction()
    {
        var response = await host.GraphQLAs(Departments.Social, Role.Caseworker).SendAsync(HttpMethod.Post, "/graphql",
            System.Text.Json.JsonSerializer.Serialize(Trusted("SocialServicesEmploymentStatus.graphql", new { first = 1 })), "application/json");

        Assert.Null(response.Json!["extensions"]?["diagnostics"]);
        Assert.DoesNotContain("Did you mean", response.Text);
    }
}

/// <summary>A production host that takes ad-hoc documents (the switch off), to see what strangers and typos get.</summary>
public sealed class ProductionErrorTests : IClassFixture<ProductionHost>
{
    private readonly ProductionHost host;

    public ProductionErrorTests(ProductionHost host) => this.host = host;

    [Fact]
    public async Task IntrospectionNeedsAToken()
    {
        var anonymous = await host.GraphQL().PostAsync("{ __schema { types { name } } }");
        var signedIn = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync("{ __schema { types { name } } }");

        Assert.Equal(["INTROSPECTION_DISABLED"], anonymous.ErrorCodes);
        Assert.NotNull(signedIn.DataOrThrow()["__schema"]);
    }

    [Fact]
    public async Task IntrospectionNeedsATokenAlsoForADocumentASignedInCallerHadValidated()
    {
        const string query = "query SchemaTypes { __schema { queryType { name } } }";

        var signedIn = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(query);
        var anonymous = await host.GraphQL().PostAsync(query);

        Assert.NotNull(signedIn.DataOrThrow()["__schema"]);
        Assert.Equal(["INTROSPECTION_DISABLED"], anonymous.ErrorCodes);
    }

    [Fact]
    public async Task ATypoGetsNoSuggestionOfWhatExists()
    {
        var response = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync("{ citizns(first: 1) { totalCount } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("citizns", response.Errors[0]!["message"]!.GetValue<string>());
        Assert.DoesNotContain("Did you mean", response.Text);
        Assert.DoesNotContain("\"citizens\"", response.Text);
    }
}

/// <summary>Its own host with a low rate: the limit is per user, and says when to come back.</summary>
public sealed class RateLimitTests : IClassFixture<RateLimitTests.SlowHost>
{
    public sealed class SlowHost : JobMatchHost
    {
        public SlowHost()
        {
            Settings["JobMatch:Limits:RequestsPerMinute"] = "5";
            Settings["JobMatch:Limits:MaxPageSize"] = "3";
        }
    }

    private readonly SlowHost host;

    public RateLimitTests(SlowHost host) => this.host = host;

    [Fact]
    public async Task TheConfiguredPageSizeHoldsForEveryList()
    {
        // Its own user, so the rate test's budget is untouched.
        var auditor = host.GraphQLAs(null, Role.Auditor);

        var response = await auditor.PostAsync("{ accessLog(first: 4) { edges { node { id } } } }");

        Assert.Equal(["PAGE_SIZE_EXCEEDED"], response.ErrorCodes);
        Assert.Contains("between 0 and 3", response.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ASixthRequestInAMinuteIs429WithRetryAfterAndOtherUsersCarryOn()
    {
        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker);
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await sof.PostAsync("{ departments { code } }")).Status);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ departments { code } }\"}", System.Text.Encoding.UTF8, "application/json") };
        using var limited = await sof.Http.SendAsync(request);
        var other = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync("{ departments { code } }");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains(LimitErrors.RateLimited, await limited.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, other.Status);
    }
}
