using GraphQL;
using Microsoft.Extensions.Options;

namespace JobMatch.Graph.Limits;

/// <summary>The one check of a list's <c>first</c> argument against <see cref="LimitsOptions.MaxPageSize"/>.</summary>
public static class PageSize
{
    public const string ErrorCode = "PAGE_SIZE_EXCEEDED";

    /// <summary>The page size asked for (or <paramref name="fallback"/>), refused before any SQL when over the limit.</summary>
    public static int First(IResolveFieldContext context, int fallback)
    {
        var max = context.RequestServices!.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxPageSize;
        var first = context.GetArgument("first", fallback);
        if (first < 0 || first > max)
            throw new ExecutionError($"'first' must be between 0 and {max}; ask for the next page with 'after'.") { Code = ErrorCode };
        return first;
    }

    /// <summary>The backwards page size asked for with <c>last</c>, if any, held to the same limit as <c>first</c>.</summary>
    public static int? Last(IResolveFieldContext context)
    {
        if (context.GetArgument<int?>("last") is not { } last)
            return null;
        var max = context.RequestServices!.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxPageSize;
        if (last < 0 || last > max)
            throw new ExecutionError($"'last' must be between 0 and {max}; ask for the page before with 'before'.") { Code = ErrorCode };
        return last;
    }
}
