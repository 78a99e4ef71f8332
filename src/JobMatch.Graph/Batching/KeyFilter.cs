using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace JobMatch.Graph.Batching;

/// <summary>
/// The <c>WHERE</c> of a batch: <c>key = @Key</c> for one key, <c>key IN (SELECT value FROM json_each(@Keys))</c> for
/// several. A single citizen's page asks every batch for one key, and EF Core runs an equality for markedly less
/// than a collection parameter.
/// </summary>
public static class KeyFilter
{
    private static readonly ConcurrentDictionary<string, Delegate> compiled = new();

    public static Expression<Func<TRow, bool>> Matching<TRow>(Expression<Func<TRow, Guid>> key, IReadOnlyCollection<Guid> keys)
    {
        // The keys sit in a box EF Core reads as a captured variable, so they go to SQL as a parameter and the
        // translated statement is cached; a constant would compile a new statement per key.
        Expression body = keys.Count == 1
            ? Expression.Equal(key.Body, Expression.Property(Expression.Constant(new OneKey(keys.First())), nameof(OneKey.Key)))
            : Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)],
                Expression.Property(Expression.Constant(new ManyKeys(keys)), nameof(ManyKeys.Keys)), key.Body);
        return Expression.Lambda<Func<TRow, bool>>(body, key.Parameters);
    }

    // The property names are the SQL parameters' names: @Key, @Keys.
    private sealed record OneKey(Guid Key);

    private sealed record ManyKeys(IReadOnlyCollection<Guid> Keys);

    /// <summary>A loader's key expression as a delegate, compiled once per loader name.</summary>
    public static Func<TRow, Guid> Compiled<TRow>(string loader, Expression<Func<TRow, Guid>> key) =>
        (Func<TRow, Guid>)compiled.GetOrAdd(loader, _ => key.Compile());
}
