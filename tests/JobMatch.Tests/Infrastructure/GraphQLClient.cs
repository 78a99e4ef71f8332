using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JobMatch.Tests.Infrastructure;

/// <summary>Sends GraphQL over real HTTP to the test host and reads the answer as JSON.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public HttpClient Http => http;

    /// <summary>Sends this bearer token with every request from now on.</summary>
    public GraphQLClient As(string token)
    {
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return this;
    }

    /// <summary>States this purpose with every request from now on (null: none), percent-encoded as header values must be ASCII.</summary>
    public GraphQLClient For(string? purpose)
    {
        http.DefaultRequestHeaders.Remove("X-JobMatch-Purpose");
        if (purpose is not null)
            http.DefaultRequestHeaders.Add("X-JobMatch-Purpose", Uri.EscapeDataString(purpose));
        return this;
    }

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string accept = GraphQLResponse, string? operationName = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName });
        return await SendAsync(HttpMethod.Post, "/graphql", body, "application/json", accept);
    }

    public async Task<GraphQLResponse> SendAsync(HttpMethod method, string path, string? body = null, string? contentType = null, string? accept = GraphQLResponse)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        }
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.Allow.Concat(response.Headers.TryGetValues("Allow", out var allow) ? allow : []).ToList(), text);
    }
}

/// <summary>A response: status, media type and the body parsed as JSON when it is JSON.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, IReadOnlyList<string> Allow, string Text)
{
    public JsonNode? Json { get; } = Text.Length > 0 && (Text[0] == '{' || Text[0] == '[') ? JsonNode.Parse(Text) : null;

    public JsonNode? Data => Json?["data"];

    public JsonArray Errors => Json?["errors"] as JsonArray ?? [];

    public IEnumerable<string?> ErrorCodes => Errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>());

    /// <summary>The error codes reported at a path, written like "citizen.employment".</summary>
    public IReadOnlyList<string?> ErrorCodesAt(string path) => Errors
        .Where(e => string.Join('.', e?["path"]?.AsArray().Select(p => p!.ToString()) ?? []) == path)
        .Select(e => e?["extensions"]?["code"]?.GetValue<string>()).ToList();

    /// <summary>The statements each source ran, from the Development diagnostics extension.</summary>
    public int SqlStatements => Json?["extensions"]?["diagnostics"]?["sqlStatements"]?.GetValue<int>() ?? throw new InvalidOperationException("No diagnostics in: " + Text);

    public JsonNode DataOrThrow() => Errors.Count == 0 && Data is not null ? Data : throw new InvalidOperationException("The response has errors: " + Text);
}
