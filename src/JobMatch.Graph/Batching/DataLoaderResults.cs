using GraphQL.DataLoader;

namespace JobMatch.Graph.Batching;

/// <summary>Composes loader results without awaiting them, so a resolver can combine sources and still batch.</summary>
public static class DataLoaderResults
{
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new Deferred<TResult>(async ct => map(await result.GetResultAsync(ct).ConfigureAwait(false)));

    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, CancellationToken, Task<TResult>> map) =>
        new Deferred<TResult>(async ct => await map(await result.GetResultAsync(ct).ConfigureAwait(false), ct).ConfigureAwait(false));

    /// <summary>A result computed later by <paramref name="run"/>, e.g. after another loader's result.</summary>
    public static IDataLoaderResult<T> FromTask<T>(Func<CancellationToken, Task<T>> run) => new Deferred<T>(run);

    /// <summary>A result known now, e.g. a row of the reference data.</summary>
    public static IDataLoaderResult<T> Completed<T>(T value) => new Deferred<T>(_ => Task.FromResult(value));

    private sealed class Deferred<T>(Func<CancellationToken, Task<T>> run) : IDataLoaderResult<T>
    {
        private Task<T>? task;

        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => task ??= run(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
