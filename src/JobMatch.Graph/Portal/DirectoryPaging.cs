using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using JobMatch.Graph.Limits;

namespace JobMatch.Graph.Portal;

/// <summary>
/// Pages of a directory list (offers, procedures), forwards with <c>first</c>/<c>after</c> or backwards with
/// <c>last</c>/<c>before</c>, as HotChocolate clients page. A directory is tens of rows, read whole, filtered the
/// Danish way and sorted in memory, so its cursors are positions in that sorted list.
/// </summary>
public static class DirectoryPaging
{
    public const int DefaultPageSize = 20;

    /// <summary>Adds <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c>, and declares the default page to the cost model.</summary>
    public static FieldBuilder<TSource, TReturn> DirectoryPaged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string what) => field
        .Argument<IntGraphType>("first", $"How many {what} to return from the start or after 'after' (default {DefaultPageSize}, at most the configured page size).")
        .Argument<StringGraphType>("after", $"Return the {what} after this cursor.")
        .Argument<IntGraphType>("last", $"How many {what} to return from the end or before 'before' (at most the configured page size).")
        .Argument<StringGraphType>("before", $"Return the {what} before this cursor.")
        .ListSize(DefaultPageSize);

    public static Connection<T> Page<T>(IResolveFieldContext context, IReadOnlyList<T> sorted, string kind)
    {
        var first = context.HasArgument("first") ? PageSize.First(context, DefaultPageSize) : (int?)null;
        var last = PageSize.Last(context);
        if (first is not null && last is not null)
            throw new ExecutionError("Give either 'first' (with 'after') or 'last' (with 'before'), not both.") { Code = "INVALID_PAGE" };
        var start = context.GetArgument<string?>("after") is { } after ? Decode(after, "after", kind) + 1 : 0;
        var stop = context.GetArgument<string?>("before") is { } before ? Decode(before, "before", kind) : sorted.Count;
        start = Math.Min(start, sorted.Count);
        stop = Math.Clamp(stop, start, sorted.Count);
        int offset, take;
        if (last is { } backwards)
        {
            offset = Math.Max(start, stop - backwards);
            take = stop - offset;
        }
        else
        {
            offset = start;
            take = Math.Min(stop - start, first ?? DefaultPageSize);
        }

        var edges = sorted.Skip(offset).Take(take).Select((row, i) => new Edge<T> { Node = row, Cursor = Encode(kind, offset + i) }).ToList();
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = sorted.Count,
            PageInfo = new PageInfo
            {
                HasNextPage = offset + take < sorted.Count,
                HasPreviousPage = offset > 0,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    private static string Encode(string kind, int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{kind}:{position}"));

    private static int Decode(string cursor, string argument, string kind)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(kind + ":", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(kind.Length + 1), System.Globalization.NumberStyles.None, null, out var position) && position < 1_000_000)
                return position;
        }
        catch (FormatException)
        {
        }
        throw new ExecutionError($"'{argument}' is not a cursor from this connection; use a pageInfo.endCursor, pageInfo.startCursor or edges.cursor value.") { Code = "INVALID_CURSOR" };
    }
}
