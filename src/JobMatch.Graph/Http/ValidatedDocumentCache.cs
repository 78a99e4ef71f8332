using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace JobMatch.Graph.Http;

/// <summary>
/// Keeps the documents that passed validation, parsed, by their text: the front ends send the same few operations
/// all day, and the spec's validation rules are a large share of the server's CPU per request. A
/// document seen before is neither parsed nor checked against those rules again; the rules that depend on the
/// caller or the variables (<see cref="ExecutionOptions.CachedDocumentValidationRules"/>: introspection, complexity,
/// no mutation over GET) still run on every request.
/// </summary>
public sealed class ValidatedDocumentCache : IConfigureExecution, IDisposable
{
    // Bounded by the documents' length in characters; the least recently used go first.
    private readonly MemoryCache documents = new(new MemoryCacheOptions { SizeLimit = 4_000_000 });

    // After every option configuration (100) and the trusted documents' handler (200), which turns an id into a query.
    public float SortOrder => 300;

    /// <summary>Whether this document text passed validation and is kept.</summary>
    public bool Knows(string query) => documents.TryGetValue(query, out _);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
            return await next(options);
        if (documents.TryGetValue(query, out GraphQLDocument? known))
        {
            options.Document = known;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }
        var result = await next(options);
        // Executed: the document parsed and passed every rule (field errors may still have occurred).
        if (result.Executed && result.Document is { } parsed)
            documents.Set(query, parsed, new MemoryCacheEntryOptions { Size = query.Length });
        return result;
    }

    public void Dispose() => documents.Dispose();
}
