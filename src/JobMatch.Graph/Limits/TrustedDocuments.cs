using System.Security.Cryptography;
using System.Text;
using GraphQL.PersistedDocuments;

namespace JobMatch.Graph.Limits;

/// <summary>
/// The operations in <c>schema/operations</c> (copied beside the program as <c>operations/</c>), known by the
/// SHA-256 of their text: front ends send <c>"documentId": "sha256:&lt;hex&gt;"</c> instead of the document.
/// Outside Development nothing else runs unless <c>JobMatch:TrustedDocuments:Only</c> is false.
/// </summary>
public sealed class TrustedDocuments : IPersistedDocumentLoader
{
    public const string OnlySetting = "JobMatch:TrustedDocuments:Only";

    private readonly IReadOnlyDictionary<string, string> byHash;

    public TrustedDocuments(IConfiguration configuration)
    {
        var folder = configuration["JobMatch:TrustedDocuments:Path"] is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "operations");
        byHash = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.graphql").Select(File.ReadAllText).ToDictionary(IdOf)
            : new Dictionary<string, string>();
    }

    public static string IdOf(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        new(documentIdPrefix == "sha256" && byHash.TryGetValue(documentIdPayload.ToLowerInvariant(), out var document) ? document : null);
}
