using System.Linq.Expressions;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Types.Relay.DataObjects;

namespace JobMatch.Graph.Limits;

/// <summary>
/// Keyset (seek) pages: a cursor holds the sort values of the row it stands for, and the next page is the rows after
/// those values in the list's order, read from the sort's index without skipping any. A page costs the same at the
/// start of a list of a million as at its end, and a row written between two pages neither repeats nor drops a row.
/// </summary>
public static class Keyset
{
    /// <summary>The page the arguments ask for: <c>first</c> rows after <c>after</c>, or the <c>last</c> rows before <c>before</c>.</summary>
    public readonly record struct Window(int Size, bool Backwards, string? After, string? Before);

    public static Window WindowOf(IResolveFieldContext context, int defaultSize)
    {
        var last = PageSize.Last(context);
        if (last is not null && context.GetArgument<int?>("first") is not null)
            throw new ExecutionError("Give either 'first' (with 'after') or 'last' (with 'before'), not both.") { Code = "INVALID_PAGE" };
        return new Window(last ?? PageSize.First(context, defaultSize), last is not null, context.GetArgument<string?>("after"), context.GetArgument<string?>("before"));
    }

    /// <summary>A page whose <c>totalCount</c> may be a bound: exact up to it, "more than" it above.</summary>
    public sealed class Page<T> : Connection<T>
    {
        public bool? TotalCountIsExact { get; init; }
    }

    /// <summary>
    /// How many rows the query has, counting no further than <paramref name="bound"/> + 1: a count never reads more
    /// rows than that, however long the list. Above the bound it gives the bound, and says it is not exact.
    /// </summary>
    public static async Task<(int Count, bool Exact)> CountAsync<T>(IQueryable<T> query, int bound, CancellationToken ct)
    {
        var count = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(query.Take(bound + 1), ct);
        return count > bound ? (bound, false) : (count, true);
    }

    /// <summary>One sort key: a column of <typeparamref name="T"/>, ascending or not.</summary>
    public sealed record Key<T>(LambdaExpression Column, bool Ascending)
    {
        private readonly Func<T, object?> read = Expression.Lambda<Func<T, object?>>(Expression.Convert(Column.Body, typeof(object)), Column.Parameters).Compile();

        public Type Type => Column.ReturnType;

        public object? ValueOf(T row) => read(row);
    }

    /// <summary>
    /// A list's order as keys (the last of which must be unique) under a name that its cursors carry, so that a
    /// cursor of one order, or of another connection, is refused rather than read as a position in this one.
    /// </summary>
    public sealed class Order<T>(string kind, string signature, IReadOnlyList<Key<T>> keys)
        where T : class
    {
        public IReadOnlyList<Key<T>> Keys => keys;

        /// <summary>The order's name in its cursors, e.g. <c>birthDate:desc</c>.</summary>
        public string Signature => signature;

        public IQueryable<T> Sort(IQueryable<T> query, bool reversed)
        {
            IOrderedQueryable<T>? sorted = null;
            foreach (var key in keys)
            {
                var ascending = key.Ascending != reversed;
                var method = (sorted is null, ascending) switch
                {
                    (true, true) => nameof(Queryable.OrderBy),
                    (true, false) => nameof(Queryable.OrderByDescending),
                    (false, true) => nameof(Queryable.ThenBy),
                    _ => nameof(Queryable.ThenByDescending),
                };
                var source = sorted?.Expression ?? query.Expression;
                sorted = (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(
                    Expression.Call(typeof(Queryable), method, [typeof(T), key.Type], source, Expression.Quote(key.Column)));
            }
            return sorted ?? query;
        }

        /// <summary>The rows strictly after (<paramref name="after"/> true) or before the cursor's row, in this order.</summary>
        public Expression<Func<T, bool>> Beyond(string cursor, string argument, bool after)
        {
            var values = Decode(cursor, argument);
            var row = Expression.Parameter(typeof(T), "row");
            Expression? any = null;
            Expression equalSoFar = Expression.Constant(true);
            for (var i = 0; i < keys.Count; i++)
            {
                var column = Rebind(keys[i].Column, row);
                var value = Parameter(values[i], keys[i].Type);
                var comparison = Compare(column, value, greater: keys[i].Ascending == after);
                var term = i == 0 ? comparison : Expression.AndAlso(equalSoFar, comparison);
                any = any is null ? term : Expression.OrElse(any, term);
                equalSoFar = i == 0 ? Expression.Equal(column, value) : Expression.AndAlso(equalSoFar, Expression.Equal(column, value));
            }
            // The leading key's bound on its own, so the database starts its index range there instead of filtering.
            var first = Rebind(keys[0].Column, row);
            var lead = Compare(first, Parameter(values[0], keys[0].Type), greater: keys[0].Ascending == after, orEqual: true);
            return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(lead, any!), row);
        }

        public string Encode(T row)
        {
            var parts = new List<string?> { kind, signature };
            foreach (var key in keys)
                parts.Add(Format(key.ValueOf(row)));
            return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(parts));
        }

        /// <summary>
        /// The page from rows read in the window's direction, one more than its size to tell whether more follow.
        /// <paramref name="resumeAt"/> is the last row looked at when the reading stopped before the page was full:
        /// the page is then short, says more follow, and its cursor in the reading direction goes on from that row.
        /// </summary>
        public Page<T> Page(List<T> rows, Window window, (int Count, bool Exact)? total, T? resumeAt = null)
        {
            var more = rows.Count > window.Size || resumeAt is not null;
            var served = rows.Take(window.Size).ToList();
            if (window.Backwards)
                served.Reverse();
            var edges = served.Select(row => new Edge<T> { Node = row, Cursor = Encode(row) }).ToList();
            var resume = resumeAt is null ? null : Encode(resumeAt);
            return new Page<T>
            {
                Edges = edges,
                TotalCount = total?.Count,
                TotalCountIsExact = total?.Exact,
                PageInfo = new PageInfo
                {
                    HasNextPage = window.Backwards ? window.Before is not null : more,
                    HasPreviousPage = window.Backwards ? more : window.After is not null,
                    StartCursor = (window.Backwards ? resume : null) ?? edges.FirstOrDefault()?.Cursor,
                    EndCursor = (window.Backwards ? null : resume) ?? edges.LastOrDefault()?.Cursor,
                },
            };
        }

        private object?[] Decode(string cursor, string argument)
        {
            List<string?>? parts = null;
            try
            {
                parts = JsonSerializer.Deserialize<List<string?>>(Convert.FromBase64String(cursor));
            }
            catch (Exception e) when (e is FormatException or JsonException)
            {
            }
            if (parts is not { Count: > 2 } || parts[0] != kind)
                throw new ExecutionError($"'{argument}' is not a cursor from this connection; use a pageInfo.startCursor, pageInfo.endCursor or edges.cursor value.") { Code = "INVALID_CURSOR" };
            if (parts[1] != signature || parts.Count != keys.Count + 2)
                throw new ExecutionError($"'{argument}' is a cursor from a page in another order; page on with the same 'order' the cursor came with, or start again without '{argument}'.") { Code = "INVALID_CURSOR" };
            var values = new object?[keys.Count];
            for (var i = 0; i < keys.Count; i++)
                values[i] = Parse(parts[i + 2], keys[i].Type)
                    ?? throw new ExecutionError($"'{argument}' is not a cursor from this connection; use a pageInfo.startCursor, pageInfo.endCursor or edges.cursor value.") { Code = "INVALID_CURSOR" };
            return values;
        }
    }

    private static string? Format(object? value) => value switch
    {
        DateOnly day => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Guid id => id.ToString("D"),
        _ => value?.ToString(),
    };

    private static object? Parse(string? text, Type type)
    {
        if (text is null)
            return null;
        if (type == typeof(string))
            return text;
        if (type == typeof(Guid))
            return Guid.TryParseExact(text, "D", out var id) ? id : null;
        if (type == typeof(DateOnly))
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;
        return null;
    }

    // Strings compare through string.Compare, which every provider translates into its own ordering of the column.
    // A bound written as one comparison (>=, not > OR =), which the databases read as the start of an index range.
    private static Expression Compare(Expression column, Expression value, bool greater, bool orEqual = false)
    {
        Func<Expression, Expression, BinaryExpression> op = (greater, orEqual) switch
        {
            (true, false) => Expression.GreaterThan,
            (true, true) => Expression.GreaterThanOrEqual,
            (false, false) => Expression.LessThan,
            _ => Expression.LessThanOrEqual,
        };
        if (column.Type == typeof(string))
            return op(Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, column, value), Expression.Constant(0));
        return op(column, value);
    }

    // A value read through a field of a closure object, which the query providers send as a parameter, not a literal.
    private static Expression Parameter(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(holder), "Value");
    }

    private sealed class Holder<TValue>(TValue value)
    {
        public readonly TValue Value = value;
    }

    private static Expression Rebind(LambdaExpression column, ParameterExpression row) => new Replace(column.Parameters[0], row).Visit(column.Body);

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
