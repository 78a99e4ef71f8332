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

    /// <summary>The cursor kind of a connection that names none.</summary>
    public const string DefaultKind = "page";

    /// <summary>
    /// What a page asks for: forwards, <c>first</c> rows from <see cref="Start"/> (after <c>after</c>), or backwards,
    /// the <c>last</c> rows before <see cref="End"/> (<c>before</c>), or before the end of the list when no cursor is given.
    /// </summary>
    public readonly record struct Window(int Start, int? End, int Size, bool Backwards, string Kind = DefaultKind)
    {
        /// <summary>A backwards page from the end of the list: where it starts depends on how long the list is.</summary>
        public bool NeedsTotal => Backwards && End is null;

        /// <summary>The rows to skip and to take (the caller reads one more when forwards, to know whether a next page exists).</summary>
        public (int Offset, int Take) Slice(int? total)
        {
            if (!Backwards)
                return (Start, End is { } end ? Math.Clamp(end - Start, 0, Size) : Size);
            var stop = End ?? total ?? throw new InvalidOperationException("A page from the end needs the list's length.");
            var offset = Math.Max(Start, stop - Size);
            return (offset, Math.Max(0, stop - offset));
        }
    }

    /// <summary>Adds <c>first</c>/<c>after</c> and <c>last</c>/<c>before</c>, and declares the default page to the cost model.</summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string what) => field
        .Argument<IntGraphType>("first", $"How many {what} to return (default {DefaultPageSize}, at most the configured page size).")
        .Argument<StringGraphType>("after", $"Return the {what} after this cursor.")
        .Argument<IntGraphType>("last", $"How many {what} to return from the end, or before 'before' (at most the configured page size).")
        .Argument<StringGraphType>("before", $"Return the {what} before this cursor.")
        .ListSize(DefaultPageSize);

    /// <summary>
    /// The window the arguments ask for. <paramref name="kind"/> names the connection in its cursors, so one
    /// connection's cursor is refused by another; <paramref name="defaultSize"/> is the page when neither
    /// <c>first</c> nor <c>last</c> is given.
    /// </summary>
    public static Window WindowOf(IResolveFieldContext context, string kind = DefaultKind, int defaultSize = DefaultPageSize)
    {
        var last = PageSize.Last(context);
        if (last is not null && context.HasArgument("first") && context.GetArgument<int?>("first") is not null)
            throw new ExecutionError("Give either 'first' (with 'after') or 'last' (with 'before'), not both.") { Code = "INVALID_PAGE" };
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");
        var start = after is null ? 0 : Decode(after, "after", kind) + 1;
        int? end = before is null ? null : Decode(before, "before", kind);
        return last is { } size
            ? new Window(start, end, size, Backwards: true, kind)
            : new Window(start, end, PageSize.First(context, defaultSize), Backwards: false, kind);
    }

    /// <summary>Whether the selection asks for <c>totalCount</c>, which costs a count of its own.</summary>
    public static bool WantsTotal(IResolveFieldContext context) =>
        context.SubFields?.Values.Any(f => f.Field.Name.Value == "totalCount") == true;

    /// <summary>
    /// The page from the rows read at <paramref name="offset"/>: at most <paramref name="take"/> of them are served;
    /// one more read tells, going forwards, that a next page exists.
    /// </summary>
    public static Connection<T> Page<T>(IReadOnlyList<T> rows, Window window, int offset, int take, int? total)
    {
        var edges = rows.Take(take).Select((row, i) => new Edge<T> { Node = row, Cursor = Encode(window.Kind, offset + i) }).ToList();
        var stop = offset + edges.Count;
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = total,
            PageInfo = new PageInfo
            {
                HasNextPage = window.Backwards ? (total is { } count ? stop < count : window.End is not null) : rows.Count > take || window.End is not null && stop < window.End,
                HasPreviousPage = offset > 0,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    /// <summary>The page of a list read whole (a cohort narrowed in memory).</summary>
    public static Connection<T> Page<T>(IReadOnlyList<T> all, Window window, bool withTotal)
    {
        var (offset, take) = window.Slice(all.Count);
        return Page(all.Skip(offset).Take(take + 1).ToList(), window, offset, take, withTotal ? all.Count : null);
    }

    // Cursors are positions, opaque to the caller: they carry no personal data.
    private static string Encode(string kind, int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{kind}:{position}"));

    private static int Decode(string cursor, string argument, string kind)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(kind + ":", StringComparison.Ordinal) && int.TryParse(text.AsSpan(kind.Length + 1), System.Globalization.NumberStyles.None, null, out var position) && position < 1_000_000_000)
                return position;
        }
        catch (FormatException)
        {
        }
        throw new ExecutionError($"'{argument}' is not a cursor from this connection; use a pageInfo.startCursor, pageInfo.endCursor or edges.cursor value.") { Code = "INVALID_CURSOR" };
    }
}
