using System.Net;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Http;

/// <summary>The endpoint follows the GraphQL-over-HTTP spec for status codes and media types.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class GraphQLHttpTransportTests(DemoHost host)
{
    private readonly GraphQLClient client = host.GraphQL();

    [Fact]
    public async Task PostWithJsonAnswersWithGraphQLResponseJson()
    {
        var response = await client.PostAsync("{ departments { code } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Equal(["BIF", "BUF", "SOF", "SUF"], response.DataOrThrow()["departments"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task GetRunsAQueryFromTheQueryString()
    {
        client.Http.DefaultRequestHeaders.Add("GraphQL-Require-Preflight", "1");
        var response = await client.SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("query Q($c: String!) { agency(code: $c) { name } }") + "&variables=" + Uri.EscapeDataString("{\"c\":\"LEV\"}"), accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.NotNull(response.DataOrThrow()["agency"]!["name"]);
    }

    [Fact]
    public async Task NoAcceptHeaderMeansApplicationJson()
    {
        var response = await client.SendAsync(HttpMethod.Post, "/graphql", "{\"query\":\"{ departments { code } }\"}", "application/json", accept: null);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
    }

    [Fact]
    public async Task MalformedJsonIsABadRequest()
    {
        var response = await client.SendAsync(HttpMethod.Post, "/graphql", "{\"query\": \"{ departments { code } }\"", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
        Assert.Contains("not a valid GraphQL request", response.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task BatchedArraysAreRefused()
    {
        var response = await client.SendAsync(HttpMethod.Post, "/graphql", "[{\"query\":\"{ departments { code } }\"}]", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("Batched requests are not supported", response.Text);
    }

    [Fact]
    public async Task AnUnknownFieldIsA400WithGraphQLResponseJsonAndA200WithApplicationJson()
    {
        var strict = await client.PostAsync("{ departments { nickname } }");
        var legacy = await client.PostAsync("{ departments { nickname } }", accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.Null(strict.Data);
        Assert.Contains("nickname", strict.Errors[0]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal(strict.Errors.ToJsonString(), legacy.Errors.ToJsonString());
    }

    [Fact]
    public async Task AVariableOfTheWrongTypeIsRejectedBeforeExecution()
    {
        var response = await client.PostAsync("query Q($id: ID!) { citizen(id: $id) { id } }", new { id = new[] { 1, 2 } });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
        Assert.Contains("$id", response.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ASyntaxErrorIsABadRequestWithItsLocation()
    {
        var response = await client.PostAsync("{ departments { code }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("SYNTAX_ERROR", response.ErrorCodes.Single());
        Assert.NotNull(response.Errors[0]!["locations"]);
    }

    [Fact]
    public async Task ANonJsonBodyIsUnsupportedMediaType()
    {
        var response = await client.SendAsync(HttpMethod.Post, "/graphql", "query=%7B%7D", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
    }

    [Fact]
    public async Task AnAcceptThatAllowsNeitherJsonTypeIsNotAcceptable()
    {
        var response = await client.SendAsync(HttpMethod.Post, "/graphql", "{\"query\":\"{ departments { code } }\"}", "application/json", accept: "text/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Fact]
    public async Task AGetWithoutAQueryIsABadRequest()
    {
        var response = await client.SendAsync(HttpMethod.Get, "/graphql?operationName=Q");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("'query'", response.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task AGetWithoutAPreflightHeaderIsRefusedAsAPossibleCrossSiteRequest()
    {
        var response = await client.SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ departments { code } }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["CSRF_PREFLIGHT_REQUIRED"], response.ErrorCodes);
    }

    [Fact]
    public async Task AMutationOverGetIs405WithAllowPost()
    {
        client.Http.DefaultRequestHeaders.Add("GraphQL-Require-Preflight", "1");
        var response = await client.SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { revokeConsent(input: { id: \"00000000-0000-0000-0000-000000000000\" }) { consent { id } } }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Contains("POST", response.Allow);
    }

    [Fact]
    public async Task OtherMethodsAreNotAllowed()
    {
        var response = await client.SendAsync(HttpMethod.Put, "/graphql", "{}", "application/json");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }

    [Fact]
    public async Task SdlIsServedAsText()
    {
        var response = await client.SendAsync(HttpMethod.Get, "/graphql?sdl", accept: "text/plain");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/plain", response.MediaType);
        Assert.Contains("type Citizen implements Node {", response.Text);
    }

    [Fact]
    public async Task HealthReportsEverySource()
    {
        var response = await client.SendAsync(HttpMethod.Get, "/health", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Healthy", response.Json!["status"]!.GetValue<string>());
        Assert.Equal(["Audit", "Employment", "Health", "Registry", "Social", "Youth"], response.Json["sources"]!.AsObject().Select(s => s.Key).Order());
    }
}
