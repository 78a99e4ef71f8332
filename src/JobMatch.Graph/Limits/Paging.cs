using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;

namespace JobMatch.Graph.Limits;

/// <summary>
/// Relay pages of the lists that grow with the data (a contact person's citizens, a project's participants): the
/// arguments, the one check of <c>first</c>, position cursors and the page built from up to <c>first + 1</c> rows.
/// </summary>
public static class Paging
{
    /// <summary>The page a connection field gives when <c>first</c> is not sent; the cost model counts it.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>Where a page starts and how long it is, as asked for and checked.</summary>
    public readonly record struct Window(int Offset, int First);

    /// <summary>Adds <c>first</c> and <c>after</c>, and declares the default page to the cost model.</summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string what) => field
        .Argument<IntGraphType>("first", $"How many {what} to return (default {DefaultPageSize}, at most the configured page size).")
        .Argument<StringGraphType>("after", $"Return the {what} after this cursor.")
        .ListSize(DefaultPageSize);

    public static Window WindowOf(IResolveFieldContext context)
    {
        var first = PageSize.First(context, DefaultPageSize);
        var after = context.GetArgument<string?>("after");
        return new Window(after is null ? 0 : Decode(after) + 1, first);
    }

    /// <summary>Whether the selection asks for <c>totalCount</c>, which costs a count of its own.</summary>
    public static bool WantsTotal(IResolveFieldContext context) =>
        context.SubFields?.Values.Any(f => f.Field.Name.Value == "totalCount") == true;

    /// <summary>The page from the rows read at <paramref name="window"/>'s offset, at most one more than asked for (so it knows whether there is a next page).</summary>
    public static Connection<T> Page<T>(IReadOnlyList<T> rows, Window window, int? total)
    {
        var edges = rows.Take(window.First).Select((row, i) => new Edge<T> { Node = row, Cursor = Encode(window.Offset + i) }).ToList();
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = total,
            PageInfo = new PageInfo
            {
                HasNextPage = rows.Count > window.First,
                HasPreviousPage = window.Offset > 0,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    // Cursors are positions, opaque to the caller: they carry no personal data.
    private static string Encode(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"page:{position}"));

    private static int Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("page:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(5), System.Globalization.NumberStyles.None, null, out var position) && position < 1_000_000_000)
                return position;
        }
        catch (FormatException)
        {
        }
        throw new ExecutionError("'after' is not a cursor from this connection; use a pageInfo.endCursor or edges.cursor value.") { Code = "INVALID_CURSOR" };
    }
}
