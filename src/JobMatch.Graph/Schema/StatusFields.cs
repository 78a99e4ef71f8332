using GraphQL;
using GraphQL.Types;
using JobMatch.Data;
using JobMatch.Graph.Access;

namespace JobMatch.Graph.Schema;

/// <summary>Values that depend on today, computed when a request reads them rather than stored.</summary>
public static class StatusFields
{
    /// <summary>The day the request is judged on (Danish date, from the injected clock).</summary>
    public static DateOnly Today(this IResolveFieldContext context) => context.Access().Today;

    /// <summary>A <c>status</c> field computed from the record's dates on the request's day; a recorded cancellation stands.</summary>
    public static void StatusField<T>(this ObjectGraphType<T> type, string description, Func<T, DateOnly> from, Func<T, DateOnly?> to, Func<T, PlanStatus> recorded) =>
        type.Field<NonNullGraphType<PlanStatusGraphType>>("status")
            .Description(description + " Planned, active or completed follow from its dates on the day of the request; cancelled is recorded.")
            .Resolve(ctx => PlanDates.StatusOn(ctx.Today(), from(ctx.Source), to(ctx.Source), recorded(ctx.Source)));
}
