using GraphQL;
using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Limits;
using JobMatch.Graph.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Citizens;

public static class CitizenQueries
{
    public static void AddCitizenQueries(this ObjectGraphType query)
    {
        query.Field<CitizenGraphType>("citizen")
            .Description("A citizen by the municipal person id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The municipal person id.")
            .Category(DataCategory.Identity)
            .CitizenFromArgument("id")
            .Resolve(ctx => ctx.CitizenById(ctx.GetGuidArgument("id")!.Value));

        query.Field<CitizenGraphType>("citizenByCpr")
            .Description("A citizen by CPR number (ten digits, with or without the hyphen). Looking a citizen up by CPR is itself a read of the CPR number.")
            .Argument<NonNullGraphType<StringGraphType>>("cpr", "The CPR number, e.g. \"0101901234\" or \"010190-1234\".")
            .Category(DataCategory.CprNumber)
            .ResolveAsync(async ctx =>
            {
                var cpr = Cpr.Normalize(ctx.GetArgument<string>("cpr"));
                await using var db = await ctx.OpenAsync<RegistryContext>();
                // The guard logs the lookup as a read of the CPR number of the citizen it finds.
                return await db.Citizens.FirstOrDefaultAsync(c => c.Cpr == cpr, ctx.CancellationToken);
            });

        query.Field<CitizenConnectionGraphType>("citizens")
            .Description("A page of citizens, filtered and sorted in HotChocolate's form; at most the configured page size (100 by default) a page, forwards with first/after or backwards with last/before.")
            .Argument<CitizenFilterInputGraphType>("where", "Conditions every citizen on the page meets, e.g. { or: [{ name: { contains: \"hansen\" } }, { district: { eq: \"nørrebro\" } }] }.")
            .Argument<ListGraphType<NonNullGraphType<CitizenSortInputGraphType>>>("order", "Sort keys in order, e.g. [{ name: ASC }]; by name if not given.")
            .Argument<IntGraphType>("first", $"How many citizens to return from the start or after 'after' (default {CitizenSearch.DefaultPageSize}, at most the configured page size).")
            .Argument<StringGraphType>("after", "Return the citizens after this cursor.")
            .Argument<IntGraphType>("last", "How many citizens to return from the end or before 'before' (at most the configured page size).")
            .Argument<StringGraphType>("before", "Return the citizens before this cursor.")
            .Category(DataCategory.Identity)
            .ResolveAsync(async ctx =>
            {
                var filter = ctx.GetArgument<CitizenFilter?>("where");
                var order = ctx.GetArgument<List<CitizenSort>?>("order") ?? [];
                if (filter is not null)
                    ctx.RequireListable("where", filter.FieldsUsed(), CitizenQueryCategories.Filter);
                ctx.RequireListable("order", order.SelectMany(o => o.Keys()).Select(k => k.Field), CitizenQueryCategories.Order);
                var page = new CitizenPageRequest(
                    ctx.HasArgument("first") ? PageSize.First(ctx, CitizenSearch.DefaultPageSize) : null,
                    ctx.GetArgument<string?>("after"),
                    PageSize.Last(ctx),
                    ctx.GetArgument<string?>("before"),
                    WithTotal: ctx.SubFields?.Values.Any(f => f.Field.Name.Value == "totalCount") == true);
                return await CitizenSearch.PageAsync(ctx.RequestServices!, filter, order, page, ctx.Access().Today, ctx.CancellationToken);
            });
    }
}
