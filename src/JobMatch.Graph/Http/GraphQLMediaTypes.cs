using Microsoft.Net.Http.Headers;

namespace JobMatch.Graph.Http;

/// <summary>The media types of the GraphQL-over-HTTP spec, and the Accept negotiation between them.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response type the client accepts best, or null if it accepts neither (406). No Accept header means
    /// application/json, as the spec asks for legacy clients.
    /// </summary>
    public static string? Negotiate(IList<string> accept)
    {
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var values))
            return accept.Count == 0 ? Json : null;
        foreach (var value in values.OrderByDescending(v => v.Quality ?? 1))
        {
            if (value.Quality == 0)
                continue;
            var type = value.MediaType.Value;
            if (string.Equals(type, GraphQLResponse, StringComparison.OrdinalIgnoreCase))
                return GraphQLResponse;
            if (string.Equals(type, Json, StringComparison.OrdinalIgnoreCase))
                return Json;
            // The spec's watershed: a client that accepts anything may predate graphql-response+json.
            if (type is "*/*" or "application/*")
                return Json;
        }
        return null;
    }

    /// <summary>Whether a request body is JSON: application/json, in UTF-8 if a charset is given.</summary>
    public static bool IsJsonBody(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var value)
        && string.Equals(value.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
        && (value.Charset.Value is null || string.Equals(value.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));
}
