using System.Text;
using System.Text.Json.Nodes;
using JobMatch.Bench.Measurement;
using JobMatch.Bench.Scenarios;

namespace JobMatch.Bench;

/// <summary>
/// Before anything is timed: both sides answer with the expected status, the same JSON (less what differs by nature:
/// error locations and correlation ids) and the same access records, so the benchmark compares equal work.
/// </summary>
public sealed class Verification(HttpClient client, IServiceProvider services)
{
    public async Task<string?> CheckAsync(Scenario scenario, string artifacts, CancellationToken ct)
    {
        var (graphStatus, graphBody, graphRequest) = await SendAsync(scenario.GraphQL, ct);
        var (baseStatus, baseBody, baseRequest) = await SendAsync(scenario.Baseline, ct);
        if (graphStatus != scenario.GraphQL.ExpectStatus)
            return $"GraphQL answered {graphStatus}, expected {scenario.GraphQL.ExpectStatus}: {Clip(graphBody)}";
        if (baseStatus != scenario.Baseline.ExpectStatus)
            return $"the baseline answered {baseStatus}, expected {scenario.Baseline.ExpectStatus}: {Clip(baseBody)}";
        if (!scenario.CompareBodies)
            return null;

        var graph = Normalize(JsonNode.Parse(graphBody));
        var baseline = Normalize(JsonNode.Parse(baseBody));
        if (scenario.GraphQL.ExpectStatus == 200 && UnexpectedError(graph, scenario.ExpectedErrors ?? []) is { } unexpected)
            return $"GraphQL answered with an error the scenario does not expect (are the consents in place?): {Clip(unexpected)}";
        if (!JsonNode.DeepEquals(graph, baseline))
        {
            Directory.CreateDirectory(artifacts);
            await File.WriteAllTextAsync(Path.Combine(artifacts, $"scenario-{scenario.Key}-graphql.json"), graph?.ToJsonString(Indented), ct);
            await File.WriteAllTextAsync(Path.Combine(artifacts, $"scenario-{scenario.Key}-baseline.json"), baseline?.ToJsonString(Indented), ct);
            return $"the two sides answer with different JSON (both written to {artifacts})";
        }

        var graphAudit = await BenchData.AuditOfAsync(services, graphRequest, ct);
        var baseAudit = await BenchData.AuditOfAsync(services, baseRequest, ct);
        if (!graphAudit.SequenceEqual(baseAudit))
            return $"the two sides write different access records: GraphQL {graphAudit.Count}, baseline {baseAudit.Count}";
        return null;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };

    public async Task<(int Status, string Body, string RequestId)> SendAsync(RequestSpec spec, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(new HttpMethod(spec.Method), spec.Path);
        foreach (var (name, value) in spec.Headers)
            if (!name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                request.Headers.TryAddWithoutValidation(name, value);
        if (spec.Body is not null)
            request.Content = new StringContent(spec.Body, Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request, ct);
        var requestId = response.Headers.TryGetValues("X-Correlation-Id", out var ids) ? ids.First() : "";
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(ct), requestId);
    }

    /// <summary>Drops what cannot be the same on both sides: where in the document an error is, and the request's id.</summary>
    private static JsonNode? Normalize(JsonNode? node)
    {
        if (node is not JsonObject root)
            return node;
        root.Remove("extensions");
        if (root["errors"] is JsonArray errors)
            foreach (var error in errors.OfType<JsonObject>())
                error.Remove("locations");
        return root;
    }

    private static string? UnexpectedError(JsonNode? response, IReadOnlyList<string> expected) =>
        (response?["errors"] as JsonArray)?.FirstOrDefault(e => e?["extensions"]?["code"]?.GetValue<string>() is not { } code || !expected.Contains(code))?.ToJsonString();

    private static string Clip(string text) => text.Length > 400 ? text[..400] + "…" : text;
}
