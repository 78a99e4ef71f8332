using GraphQL;
using GraphQL.Types;
using JobMatch.Graph.Access;
using JobMatch.Graph.Limits;

namespace JobMatch.Graph.Youth;

public static class YouthHandoverQueries
{
    public const int DefaultPageSize = 20;

    public static void AddYouthHandoverQueries(this ObjectGraphType query) =>
        query.Field<YouthHandoverConnectionGraphType>("youthHandovers")
            .Description($"BUF's and the receiving departments' worklist of young people moving from BUF to adult services: from the 17th birthday until three months after the handover (or 18½ if it never happens), each with its state on the day of the request, its dates, the receiving departments and whom to call. BUF sees the young people in its care and the handovers it follows up; a department sees those whose transition plan names it as receiving, before it has a contact person of its own; nobody else. By the 18th birthday unless 'order' says otherwise; at most the configured page size a page (default {DefaultPageSize}).")
            .Argument<YouthHandoverFilterInputGraphType>("where", "Conditions every entry meets, e.g. { state: { in: [DUE, PLAN_OVERDUE] } }.")
            .Argument<ListGraphType<NonNullGraphType<YouthHandoverSortInputGraphType>>>("order", "Sort keys in order, e.g. [{ eighteenOn: ASC }].")
            .Argument<IntGraphType>("first", $"How many entries to return from the start or after 'after' (default {DefaultPageSize}, at most the configured page size).")
            .Argument<StringGraphType>("after", "Return the entries after this cursor.")
            .Category(DataCategory.Handover)
            .Lists<object?, object, YouthHandover>(h => h.CitizenId)
            .ResolveAsync(async ctx =>
            {
                // Every condition and sort key declares the entry's category, which the field itself already needs.
                ArgumentGuard.Check(ctx, "where");
                ArgumentGuard.Check(ctx, "order");
                var filter = ctx.GetArgument<YouthHandoverFilter?>("where");
                var order = ctx.GetArgument<List<YouthHandoverSort>?>("order") ?? [];
                var first = PageSize.First(ctx, DefaultPageSize);
                var withTotal = ctx.SubFields?.Values.Any(f => f.Field.Name.Value == "totalCount") == true;
                return await YouthHandoverWorklist.PageAsync(ctx, filter, order, first, ctx.GetArgument<string?>("after"), withTotal, ctx.CancellationToken);
            });
}
