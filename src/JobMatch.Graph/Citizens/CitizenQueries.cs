using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
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

        query.Field<ConnectionType<CitizenGraphType>>("citizens")
            .Description("A page of citizens, filtered and sorted; at most the configured page size (100 by default) a page.")
            .Argument<CitizenFilterInputGraphType>("where", "Conditions every citizen on the page meets.")
            .Argument<CitizenOrderGraphType>("order", "The sort order; by name if not given.")
            .Argument<IntGraphType>("first", $"How many citizens to return (default {CitizenSearch.DefaultPageSize}, at most the configured page size).")
            .Argument<StringGraphType>("after", "Return the citizens after this cursor.")
            .Category(DataCategory.Identity)
            .ResolveAsync(async ctx => await CitizenSearch.PageAsync(
                ctx.RequestServices!,
                ctx.GetArgument<CitizenFilter?>("where"),
                ctx.GetArgument("order", CitizenOrder.NameAsc),
                PageSize.First(ctx, CitizenSearch.DefaultPageSize),
                ctx.GetArgument<string?>("after"),
                withTotal: ctx.SubFields?.Values.Any(f => f.Field.Name.Value == "totalCount") == true,
                ctx.Access().Today,
                ctx.CancellationToken));
    }
}
