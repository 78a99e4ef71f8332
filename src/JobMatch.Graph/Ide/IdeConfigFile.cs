using System.Text.Json.Serialization;
using JobMatch.Graph.Http;

namespace JobMatch.Graph.Ide;

/// <summary>
/// <c>bcp-config.json</c>, which the IDE reads beside its <c>index.html</c>. Made per request so the endpoint
/// is the URL the browser actually used, and so Development can hand the IDE a persona's headers.
/// </summary>
public sealed record IdeConfigFile(
    [property: JsonPropertyName("endpoint")] string Endpoint,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("useGet")] bool UseGet,
    [property: JsonPropertyName("includeCookies")] bool IncludeCookies,
    [property: JsonPropertyName("httpHeaders")] IReadOnlyDictionary<string, string> HttpHeaders,
    [property: JsonPropertyName("disableTelemetry")] bool DisableTelemetry,
    [property: JsonPropertyName("subscriptionEndpoint")] string SubscriptionEndpoint,
    [property: JsonPropertyName("subscriptionProtocol")] string SubscriptionProtocol,
    [property: JsonPropertyName("document"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Document = null)
{
    public static IdeConfigFile For(HttpContext http, IHostEnvironment environment)
    {
        var request = http.Request;
        // Credentials in a page anyone can load are acceptable only on a developer's machine.
        var personas = environment.IsDevelopment() ? http.RequestServices.GetService<IIdePersonas>() : null;
        var headers = personas?.HeadersFor(http) ?? new Dictionary<string, string>();
        return new IdeConfigFile(
            Endpoint: $"{request.Scheme}://{request.Host}{request.PathBase}{GraphQLHttpEndpoint.Path}",
            Title: "JobMatch",
            // POST keeps queries (and any variables with CPR numbers) out of URLs and access logs.
            UseGet: false,
            // The API authenticates by bearer token only; cookies would invite cross-site request forgery.
            IncludeCookies: false,
            HttpHeaders: headers,
            // The IDE's own switch for the usage report it posts to its vendor; the CSP would refuse it anyway.
            DisableTelemetry: true,
            // Subscriptions run over GraphQL over SSE on the same server (distinct connections, plain HTTP).
            SubscriptionEndpoint: $"{request.Scheme}://{request.Host}{request.PathBase}{GraphQLHttpEndpoint.StreamPath}",
            SubscriptionProtocol: "GRAPHQL_SSE",
            // A persona's sample operation, so the analyst's IDE opens on the outcomes it may read.
            Document: personas?.DocumentFor(http));
    }
}
