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

    /// <summary>The page of the sorted list the arguments ask for, with its count; the cursors name <paramref name="kind"/>.</summary>
    public static Connection<T> Page<T>(IResolveFieldContext context, IReadOnlyList<T> sorted, string kind) =>
        Paging.Page(sorted, Paging.WindowOf(context, kind, DefaultPageSize), withTotal: true);
}
