using System.Net;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Limits;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

/// <summary>A production host with the defaults an operator gets: only trusted documents run, and no demo data is seeded.</summary>
public sealed class ProductionDefaultTests : IClassFixture<ProductionDefaultTests.DefaultsHost>
{
    public sealed class DefaultsHost : ProductionHost
    {
        public DefaultsHost()
        {
            Settings.Remove("JobMatch:SeedDemoData");
            Settings.Remove("JobMatch:TrustedDocuments:Only");
        }
    }

    private readonly DefaultsHost host;

    public ProductionDefaultTests(DefaultsHost host) => this.host = host;

    [Fact]
    public async Task OnlyTrustedDocumentsRunUnlessTheSwitchIsTurnedOff()
    {
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker);
        var document = File.ReadAllText(Repository.PathOf("schema", "operations", "SocialServicesEmploymentStatus.graphql"));

        var byId = await client.SendAsync(HttpMethod.Post, "/graphql",
            System.Text.Json.JsonSerializer.Serialize(new { documentId = "sha256:" + TrustedDocuments.IdOf(document), variables = new { first = 3 } }), "application/json");
        var adHoc = await client.PostAsync("{ departments { code } }");
        var sameTextAdHoc = await client.PostAsync(document, new { first = 3 });

        Assert.NotNull(byId.DataOrThrow()["citizens"]);
        Assert.Equal(HttpStatusCode.BadRequest, adHoc.Status);
        Assert.Null(adHoc.Data);
        Assert.Equal(HttpStatusCode.BadRequest, sameTextAdHoc.Status);
    }

    [Fact]
    public async Task NoDemoDataIsSeededUnlessAskedFor()
    {
        var factory = host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>();
        await using var db = await factory.CreateDbContextAsync();

        Assert.Equal(0, await db.Citizens.CountAsync());
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
    public async Task TheSchemaNeedsAValidToken()
    {
        var anonymous = await host.GraphQL().SendAsync(HttpMethod.Get, "/graphql?sdl", accept: null);
        var forged = await host.GraphQL().As(host.Token(Departments.Social, Role.Caseworker)[..^2] + "xx").SendAsync(HttpMethod.Get, "/graphql?sdl", accept: null);
        var signedIn = await host.GraphQLAs(Departments.Social, Role.Caseworker).SendAsync(HttpMethod.Get, "/graphql?sdl", accept: null);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(["INTROSPECTION_DISABLED"], anonymous.ErrorCodes);
        Assert.DoesNotContain("type Query", anonymous.Text);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.Status);
        Assert.Equal(HttpStatusCode.OK, signedIn.Status);
        Assert.Contains("type Query", signedIn.Text);
    }

    [Theory]
    [InlineData("{ citizens(wher: { name: \"x\" }, first: 1) { totalCount } }", "where")]
    [InlineData("{ citizens(where: { nme: \"x\" }, first: 1) { totalCount } }", "name")]
    [InlineData("{ citizens(order: NAME_AS, first: 1) { totalCount } }", "NAME_ASC")]
    [InlineData("query($w: CitizenFiltr) { citizens(where: $w, first: 1) { totalCount } }", "CitizenFilter")]
    [InlineData("{ citizens(first: 1) { edges { node { nam } } } }", "name")]
    [InlineData("{ citizens(first: 1) { edges { node { ... on Agenc { code } } } } }", "Agency")]
    public async Task NoValidationMessageHintsAtANameThatExists(string document, string hint)
    {
        var response = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(document);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.NotEmpty(response.Errors);
        Assert.DoesNotContain("Did you mean", response.Text);
        Assert.DoesNotContain($"'{hint}'", response.Text);
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
