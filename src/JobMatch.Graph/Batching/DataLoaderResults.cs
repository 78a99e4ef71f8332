using GraphQL.DataLoader;

namespace JobMatch.Graph.Batching;

/// <summary>Composes loader results without awaiting them, so a resolver can combine sources and still batch.</summary>
public static class DataLoaderResults
{
    /// <summary>
    /// Maps a result when it arrives; a result already known (reference data, a row another statement read, a batch that
    /// has run) is mapped at once, so the field stays known too.
    /// </summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        result is Known<T> known ? new Known<TResult>(map(known.Value)) : new Mapped<T, TResult>(result, map);

    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, CancellationToken, Task<TResult>> map) =>
        new Deferred<TResult>(async ct => await map(await result.GetResultAsync(ct).ConfigureAwait(false), ct).ConfigureAwait(false));

    /// <summary>A result computed later by <paramref name="run"/>, e.g. after another loader's result.</summary>
    public static IDataLoaderResult<T> FromTask<T>(Func<CancellationToken, Task<T>> run) => new Deferred<T>(run);

    /// <summary>A result known now, e.g. a row of the reference data.</summary>
    public static IDataLoaderResult<T> Completed<T>(T value) => new Known<T>(value);

    /// <summary>
    /// What a resolver hands to GraphQL.NET: the value itself when its result is already known. The engine completes a
    /// value in the same pass, where it would put any loader result, even a finished one, off to its next data-loader
    /// pass, at a task, a continuation and a context a field.
    /// </summary>
    public static object? Settled(object? result) => result is IKnown known ? known.Value : result;

    /// <summary>The value of a result that is already known, without waiting.</summary>
    public static bool TryKnown<T>(this IDataLoaderResult<T> result, out T value)
    {
        if (result is Known<T> known)
        {
            value = known.Value;
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>Whether a result is already known.</summary>
    public static bool IsKnown(this IDataLoaderResult result) => result is IKnown;

    /// <summary>
    /// Runs the batches behind these results side by side, each once (a batch of fifty keys is started by one of them,
    /// not awaited fifty times), and waits for them. A batch that fails is not reported here: the field that reads it
    /// meets the failure itself, where its error belongs.
    /// </summary>
    public static async Task RunAsync(IEnumerable<IDataLoaderResult> results, CancellationToken cancellationToken)
    {
        HashSet<Task>? running = null;
        foreach (var result in results)
        {
            if (result is IKnown)
                continue;
            (running ??= []).Add(result is IBatched batched ? batched.RunAsync(cancellationToken) : result.GetResultAsync(cancellationToken));
        }
        if (running is null)
            return;
        try
        {
            await Task.WhenAll(running).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>A result that is one key of a batch: the batch can be run without waiting on the key.</summary>
    internal interface IBatched
    {
        Task RunAsync(CancellationToken cancellationToken);
    }

    private interface IKnown
    {
        object? Value { get; }
    }

    private sealed class Known<T>(T value) : IDataLoaderResult<T>, IKnown
    {
        public T Value { get; } = value;

        object? IKnown.Value => Value;

        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(Value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(Value);
    }

    /// <summary>A result mapped when it arrives, once: one object where a deferred run would take three (closure, delegate, result).</summary>
    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> source, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        private Task<TResult>? task;

        public Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => task ??= MapAsync(cancellationToken);

        private async Task<TResult> MapAsync(CancellationToken cancellationToken) => map(await source.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class Deferred<T>(Func<CancellationToken, Task<T>> run) : IDataLoaderResult<T>
    {
        private Task<T>? task;

        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => task ??= run(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
