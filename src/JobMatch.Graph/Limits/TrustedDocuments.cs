using System.Security.Cryptography;
using System.Text;
using GraphQL.PersistedDocuments;

namespace JobMatch.Graph.Limits;

/// <summary>
/// The operations in <c>schema/operations</c> (copied beside the program as <c>operations/</c>), known by the
/// SHA-256 of their text: front ends send <c>"documentId": "sha256:&lt;hex&gt;"</c> instead of the document.
/// With <c>JobMatch:TrustedDocuments:Only</c> nothing else runs outside Development.
/// </summary>
public sealed class TrustedDocuments : IPersistedDocumentLoader
{
    private readonly IReadOnlyDictionary<string, (string Name, string Text)> byHash;

    public TrustedDocuments(IConfiguration configuration)
    {
        var folder = configuration["JobMatch:TrustedDocuments:Path"] is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "operations");
        byHash = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.graphql").ToDictionary(f => IdOf(File.ReadAllText(f)), f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)))
            : new Dictionary<string, (string, string)>();
    }

    /// <summary>Every trusted document: its id (without the <c>sha256:</c> prefix) and its name.</summary>
    public IEnumerable<(string Id, string Name)> All => byHash.Select(d => (d.Key, d.Value.Name)).OrderBy(d => d.Name);

    public static string IdOf(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        new(documentIdPrefix == "sha256" && byHash.TryGetValue(documentIdPayload.ToLowerInvariant(), out var document) ? document.Text : null);
}
