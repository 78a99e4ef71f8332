using System.Text.Json;
using System.Text.Json.Nodes;
using JobMatch.Graph.Access;
using JobMatch.Graph.Limits;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Operations;

/// <summary>One entry of schema/operations/operations.json: the sample, its persona and its variables as written.</summary>
public sealed record SampleEntry(string File, string? Department, Role Role, Guid? Citizen, string? Purpose, bool Stream, JsonObject Variables)
{
    public string Document { get; } = System.IO.File.ReadAllText(Repository.PathOf("schema", "operations", File));

    public bool IsMutation => Document.Split('\n').Any(line => line.StartsWith("mutation", StringComparison.Ordinal));

    public static IReadOnlyList<SampleEntry> Manifest() =>
        JsonNode.Parse(System.IO.File.ReadAllText(Repository.PathOf("schema", "operations", "operations.json")))!["operations"]!.AsArray().Select(o => new SampleEntry(
            o!["file"]!.GetValue<string>(),
            o["department"]?.GetValue<string>(),
            Enum.Parse<Role>(o["role"]!.GetValue<string>()),
            o["citizen"] is { } c ? Guid.Parse(c.GetValue<string>()) : null,
            o["purpose"]?.GetValue<string>(),
            o["stream"]?.GetValue<bool>() == true,
            o["variables"]!.AsObject())).ToList();
}

/// <summary>
/// The samples as a front end runs them, in the manifest's order on one host and each once: a variable written
/// <c>{"$ref": "AddJobGoal.graphql#addJobGoal.jobGoal.version"}</c> is that value of the earlier sample's response,
/// so a change sends back the id and version its add (or read) returned. Sends the document's text, or only its
/// trusted-document id as a Production front end does.
/// </summary>
public sealed class SampleWalk(JobMatchHost host, bool byDocumentId)
{
    private readonly IReadOnlyList<SampleEntry> manifest = SampleEntry.Manifest();
    private readonly Dictionary<string, GraphQLResponse> responses = [];

    public IReadOnlyList<SampleEntry> Manifest => manifest;

    public SampleEntry Entry(string file) => manifest.Single(e => e.File == file);

    /// <summary>The sample's variables with each reference replaced, after every sample before it has run.</summary>
    public async Task<JsonObject> VariablesOfAsync(string file)
    {
        foreach (var earlier in manifest.TakeWhile(e => e.File != file).Where(e => !e.Stream))
            await RunAsync(earlier.File);
        return (JsonObject)Resolve(file, Entry(file).Variables.DeepClone())!;
    }

    /// <summary>The sample's response, running it (and every sample before it) the first time it is asked for.</summary>
    public async Task<GraphQLResponse> RunAsync(string file)
    {
        if (responses.TryGetValue(file, out var known))
            return known;
        var variables = await VariablesOfAsync(file);
        var entry = Entry(file);
        var client = host.GraphQLAs(entry.Department, entry.Role, entry.Citizen).For(entry.Purpose);
        var body = byDocumentId
            ? JsonSerializer.Serialize(new { documentId = "sha256:" + TrustedDocuments.IdOf(entry.Document), variables })
            : JsonSerializer.Serialize(new { query = entry.Document, variables });
        return responses[file] = await client.SendAsync(HttpMethod.Post, "/graphql", body, "application/json");
    }

    private JsonNode? Resolve(string file, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o when o.Count == 1 && o["$ref"] is JsonValue target:
                return Lookup(file, target.GetValue<string>());
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                    o[key] = Resolve(file, o[key]?.DeepClone());
                return o;
            case JsonArray a:
                return new JsonArray(a.Select(item => Resolve(file, item?.DeepClone())).ToArray());
            default:
                return node;
        }
    }

    private JsonNode Lookup(string file, string target)
    {
        var (source, path) = target.Split('#') is [var s, var p] ? (s, p) : throw new InvalidOperationException($"{file}: a $ref is \"File.graphql#path.in.data\", not \"{target}\".");
        if (!responses.TryGetValue(source, out var response))
            throw new InvalidOperationException($"{file} refers to {source}, which is not an earlier sample in operations.json.");
        var node = response.Data;
        foreach (var step in path.Split('.'))
            node = node is JsonArray list && int.TryParse(step, out var index) ? (index < list.Count ? list[index] : null) : node?[step];
        return node?.DeepClone() ?? throw new InvalidOperationException($"{file}: {target} names nothing in {source}'s response: {response.Text}");
    }
}
