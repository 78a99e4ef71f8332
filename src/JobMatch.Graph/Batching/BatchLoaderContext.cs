using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq.Expressions;
using GraphQL;
using JobMatch.Data;
using JobMatch.Graph.Http;
using JobMatch.Graph.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Batching;

/// <summary>The batch loaders of one request, created on first use and shared by every resolver in it.</summary>
public sealed class BatchLoaderContext(IServiceProvider services)
{
    private readonly ConcurrentDictionary<string, object> loaders = new();

    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        Source source,
        string name,
        Func<IServiceProvider, IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        TValue missing)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>((keys, ct) => Traced(source, name, keys.Count, () => fetch(services, keys, ct)), missing));

    private static async Task<T> Traced<T>(Source source, string name, int keys, Func<Task<T>> fetch)
    {
        using var activity = JobMatchTelemetry.StartBatch(source, name, keys);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await fetch();
        }
        catch (Exception e) when (SourceUnavailableError.IsOutage(e))
        {
            activity?.SetStatus(ActivityStatusCode.Error, "source unavailable");
            throw new SourceUnavailableError(source, e);
        }
        finally
        {
            JobMatchTelemetry.BatchDone(source, name, Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>
    /// A loader of every record of a kind that belongs to the citizens asked for: one statement per level,
    /// whatever the number of citizens.
    /// </summary>
    public BatchLoader<Guid, IReadOnlyList<TRecord>> ByCitizen<TContext, TRecord>(string name, Func<TContext, IQueryable<TRecord>> records)
        where TContext : DbContext
        where TRecord : class, ICitizenRecord =>
        GetOrAdd<Guid, IReadOnlyList<TRecord>>(SourceContexts.ByContext[typeof(TContext)], name, async (sp, ids, ct) =>
        {
            var rows = await ReadAsync(sp, records, r => r.CitizenId, ids, ct);
            return rows.GroupBy(r => r.CitizenId).ToDictionary(g => g.Key, g => (IReadOnlyList<TRecord>)g.ToList());
        }, []);

    /// <summary>A loader of single rows by their id, e.g. employers.</summary>
    public BatchLoader<Guid, TRow?> ById<TContext, TRow>(string name, Func<TContext, IQueryable<TRow>> rows, Expression<Func<TRow, Guid>> id)
        where TContext : DbContext
        where TRow : class =>
        GetOrAdd<Guid, TRow?>(SourceContexts.ByContext[typeof(TContext)], name, async (sp, keys, ct) =>
        {
            var found = await ReadAsync(sp, rows, id, keys, ct);
            var idOf = KeyFilter.Compiled(name, id);
            return found.ToDictionary(idOf, r => (TRow?)r);
        }, null);

    /// <summary>The rows whose key is one of <paramref name="keys"/>, in one statement on a context of their own.</summary>
    private static async Task<List<TRow>> ReadAsync<TContext, TRow>(IServiceProvider sp, Func<TContext, IQueryable<TRow>> rows, Expression<Func<TRow, Guid>> key, IReadOnlyCollection<Guid> keys, CancellationToken ct)
        where TContext : DbContext
    {
        await using var db = await sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync(ct);
        return await rows(db).Where(KeyFilter.Matching(key, keys)).ToListAsync(ct);
    }
}

public static class BatchLoaderContextExtensions
{
    public static BatchLoaderContext Loaders(this IResolveFieldContext context) =>
        (context.UserContext as GraphQLUserContext)?.Loaders ?? context.RequestServices!.GetRequiredService<BatchLoaderContext>();

    /// <summary>A context of one source for a resolver that reads it directly (root fields); dispose it.</summary>
    public static Task<TContext> OpenAsync<TContext>(this IResolveFieldContext context) where TContext : DbContext =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync(context.CancellationToken);
}
