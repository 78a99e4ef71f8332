using GraphQL.DataLoader;

namespace JobMatch.Graph.Batching;

/// <summary>
/// Collects the keys that resolvers ask for while one level of the query executes, then fetches them all
/// with one call when the execution strategy first asks for a result. GraphQL.NET core only defines
/// <see cref="IDataLoaderResult{T}"/>; this is the loader behind it.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch = fetch;
    private readonly TValue missing = missing;
    private readonly Lock gate = new();
    // Every key this request has asked for, and the batch that fetches (or fetched) it: a key asked for again on a
    // deeper level (contact persons for the plan and again for each department) is not fetched again.
    private readonly Dictionary<TKey, Batch> asked = [];
    private Batch? open;
    // Values another loader read beside its own rows in the same statement (the employees joined to the contact
    // assignments): asked for later, they need no statement of their own.
    private readonly Dictionary<TKey, TValue> primed = [];

    /// <summary>Gives the value of a key that has not been asked for yet; a key already asked for keeps its batch.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (gate)
        {
            if (!asked.ContainsKey(key))
                primed.TryAdd(key, value);
        }
    }

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (gate)
        {
            if (primed.TryGetValue(key, out var known))
                return DataLoaderResults.Completed(known);
            if (asked.TryGetValue(key, out var earlier))
                return earlier.Fetched is { } values ? DataLoaderResults.Completed(values.TryGetValue(key, out var value) ? value : missing) : new Result(earlier, key);
            open ??= new Batch(this);
            open.Keys.Add(key);
            asked[key] = open;
            return new Result(open, key);
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        // Each key once: the loader's own record of what was asked keeps a key from joining a second batch.
        public readonly List<TKey> Keys = [];
        private Task<IReadOnlyDictionary<TKey, TValue>>? running;

        public Task<IReadOnlyDictionary<TKey, TValue>> RunAsync(CancellationToken cancellationToken)
        {
            lock (owner.gate)
            {
                if (running is null)
                {
                    // Keys asked for from now on belong to the next level's batch.
                    if (owner.open == this)
                        owner.open = null;
                    running = owner.fetch(Keys, cancellationToken);
                }
                return running;
            }
        }

        public TValue Missing => owner.missing;

        /// <summary>The values once the batch has run without failing; a key asked for after that is known at once.</summary>
        public IReadOnlyDictionary<TKey, TValue>? Fetched => running is { IsCompletedSuccessfully: true } done ? done.Result : null;
    }

    private sealed class Result(Batch batch, TKey key) : IDataLoaderResult<TValue>, DataLoaderResults.IBatched
    {
        Task DataLoaderResults.IBatched.RunAsync(CancellationToken cancellationToken) => batch.RunAsync(cancellationToken);

        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await batch.RunAsync(cancellationToken).ConfigureAwait(false);
            return values.TryGetValue(key, out var value) ? value : batch.Missing;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
