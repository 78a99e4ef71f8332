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
            .Description($"A citizen by CPR number (ten digits, with or without the hyphen): the one way to reach a citizen outside the viewer's caseload. It needs the purpose {PurposeVocabulary.Lookup}, opens the citizen's identity and contact data for this request only, and is logged as a search with what was searched for, found or not, for review.")
            .Argument<NonNullGraphType<StringGraphType>>("cpr", "The CPR number, e.g. \"0101901234\" or \"010190-1234\".")
            .Category(DataCategory.CprNumber)
            .Searches()
            .ResolveAsync(async ctx => await CitizenLookup.ByCprAsync(ctx, ctx.GetArgument<string>("cpr")));

        query.Field<ConnectionType<CitizenGraphType>>("citizens")
            .Description("A page of the citizens the viewer's department is involved with (its caseload), filtered and sorted; at most the configured page size (100 by default) a page. Citizens outside the caseload are reached only through citizenByCpr.")
            .Argument<CitizenFilterInputGraphType>("where", "Conditions every citizen on the page meets; a condition over a department's detail needs the right to list it.")
            .Argument<CitizenOrderGraphType>("order", "The sort order; by name if not given.")
            .Argument<IntGraphType>("first", $"How many citizens to return (default {CitizenSearch.DefaultPageSize}, at most the configured page size).")
            .Argument<StringGraphType>("after", "Return the citizens after this cursor.")
            .Category(DataCategory.Identity)
            .Lists<object?, object, Citizen>(c => c.Id)
            .ResolveAsync(async ctx =>
            {
                var reference = ctx.Reference();
                ArgumentGuard.Check(ctx, "where", (_, value) => value is string project ? reference.DepartmentRunning(project) : null);
                return await CitizenSearch.PageAsync(
                    ctx.RequestServices!,
                    ctx.Access().Request,
                    ctx.GetArgument<CitizenFilter?>("where"),
                    ctx.GetArgument("order", CitizenOrder.NameAsc),
                    PageSize.First(ctx, CitizenSearch.DefaultPageSize),
                    ctx.GetArgument<string?>("after"),
                    withTotal: ctx.SubFields?.Values.Any(f => f.Field.Name.Value == "totalCount") == true,
                    ctx.CancellationToken);
            });
    }
}
