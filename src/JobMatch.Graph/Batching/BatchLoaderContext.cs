using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq.Expressions;
using GraphQL;
using JobMatch.Data;
using JobMatch.Graph.Http;
using JobMatch.Graph.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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
        Existing<TKey, TValue>(name) ?? Add(source, name, fetch, missing);

    /// <summary>
    /// The request's loader of that name if a resolver has made it already: the usual case, which must not allocate,
    /// since every field of every citizen asks. Callers whose fetch is a closure look here before they build it.
    /// </summary>
    public BatchLoader<TKey, TValue>? Existing<TKey, TValue>(string name)
        where TKey : notnull =>
        loaders.TryGetValue(name, out var loader) ? (BatchLoader<TKey, TValue>)loader : null;

    private BatchLoader<TKey, TValue> Add<TKey, TValue>(
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
        Existing<Guid, IReadOnlyList<TRecord>>(name) ?? AddByCitizen(name, records);

    private BatchLoader<Guid, IReadOnlyList<TRecord>> AddByCitizen<TContext, TRecord>(string name, Func<TContext, IQueryable<TRecord>> records)
        where TContext : DbContext
        where TRecord : class, ICitizenRecord =>
        Add<Guid, IReadOnlyList<TRecord>>(SourceContexts.ByContext[typeof(TContext)], name, async (sp, ids, ct) =>
        {
            var rows = await ReadAsync(sp, name, records, r => r.CitizenId, ids, ct);
            return rows.GroupBy(r => r.CitizenId).ToDictionary(g => g.Key, g => (IReadOnlyList<TRecord>)g.ToList());
        }, []);

    /// <summary>A loader of single rows by their id, e.g. employers.</summary>
    public BatchLoader<Guid, TRow?> ById<TContext, TRow>(string name, Func<TContext, IQueryable<TRow>> rows, Expression<Func<TRow, Guid>> id)
        where TContext : DbContext
        where TRow : class =>
        Existing<Guid, TRow?>(name) ?? AddById(name, rows, id);

    private BatchLoader<Guid, TRow?> AddById<TContext, TRow>(string name, Func<TContext, IQueryable<TRow>> rows, Expression<Func<TRow, Guid>> id)
        where TContext : DbContext
        where TRow : class =>
        Add<Guid, TRow?>(SourceContexts.ByContext[typeof(TContext)], name, async (sp, keys, ct) =>
        {
            var found = await ReadAsync(sp, name, rows, id, keys, ct);
            var idOf = KeyFilter.Compiled(name, id);
            return found.ToDictionary(idOf, r => (TRow?)r);
        }, null);

    /// <summary>The rows whose key is one of <paramref name="keys"/>, in one statement on a context of their own.</summary>
    private static async Task<List<TRow>> ReadAsync<TContext, TRow>(IServiceProvider sp, string name, Func<TContext, IQueryable<TRow>> rows, Expression<Func<TRow, Guid>> key, IReadOnlyCollection<Guid> keys, CancellationToken ct)
        where TContext : DbContext
        where TRow : class
    {
        await using var db = await sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync(ct);
        if (CompiledReads<TContext, TRow>.Of(db, name, rows, key) is not { } compiled)
            return await rows(db).Where(KeyFilter.Matching(key, keys)).ToListAsync(ct);
        var found = new List<TRow>();
        var read = keys.Count == 1 ? compiled.One(db, keys.First()) : compiled.Many(db, keys as Guid[] ?? [.. keys]);
        await foreach (var row in read.WithCancellation(ct).ConfigureAwait(false))
            found.Add(row);
        return found;
    }

    /// <summary>
    /// A loader's statement compiled once per model: EF Core then neither walks, hashes nor looks up the query's
    /// expression on every batch, which is most of what it costs besides the database. A query that captures a value
    /// (today's date, a department) is not compiled, since compiling would fix that value; it runs as a plain query.
    /// </summary>
    private static class CompiledReads<TContext, TRow>
        where TContext : DbContext
        where TRow : class
    {
        public sealed record Read(Func<TContext, Guid, IAsyncEnumerable<TRow>> One, Func<TContext, Guid[], IAsyncEnumerable<TRow>> Many);

        private static readonly ConcurrentDictionary<(IModel Model, string Name), Read?> reads = new();

        public static Read? Of(TContext db, string name, Func<TContext, IQueryable<TRow>> rows, Expression<Func<TRow, Guid>> key) =>
            reads.TryGetValue((db.Model, name), out var read) ? read : reads.GetOrAdd((db.Model, name), Compile(rows(db).Expression, key));

        private static Read? Compile(Expression query, Expression<Func<TRow, Guid>> key)
        {
            if (!SelfContained.Check(query) || !SelfContained.Check(key.Body))
                return null;
            var context = Expression.Parameter(typeof(TContext), "db");
            // The parameters' names are the SQL parameters' names, as for the plain queries: @Key, @Keys.
            var one = Expression.Parameter(typeof(Guid), "Key");
            var many = Expression.Parameter(typeof(Guid[]), "Keys");
            Expression<Func<TContext, TParameter, IQueryable<TRow>>> Where<TParameter>(ParameterExpression parameter, Expression condition) =>
                Expression.Lambda<Func<TContext, TParameter, IQueryable<TRow>>>(
                    Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TRow)], query,
                        Expression.Quote(Expression.Lambda<Func<TRow, bool>>(condition, key.Parameters))),
                    context, parameter);
            return new Read(
                EF.CompileAsyncQuery(Where<Guid>(one, Expression.Equal(key.Body, one))),
                EF.CompileAsyncQuery(Where<Guid[]>(many, Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], many, key.Body))));
        }
    }

    /// <summary>Whether an expression holds no value of its own: no constant and no static member, which compiling would fix.</summary>
    private sealed class SelfContained : ExpressionVisitor
    {
        private bool captures;

        public static bool Check(Expression expression)
        {
            var visitor = new SelfContained();
            visitor.Visit(expression);
            return !visitor.captures;
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            captures = true;
            return node;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is null)
                captures = true;
            return base.VisitMember(node);
        }

        // EF Core's own nodes (a DbSet's query root) hold no captured value; they are not walked.
        protected override Expression VisitExtension(Expression node) => node;
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
