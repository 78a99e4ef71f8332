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
            .Description($"A citizen by CPR number (ten digits, with or without the hyphen): the one way to reach a citizen outside the viewer's caseload. It needs the purpose {PurposeVocabulary.Lookup}, opens the citizen's identity and contact data for this request only, and is logged as a search with what was searched for, found or not, for review.")
            .Argument<NonNullGraphType<StringGraphType>>("cpr", "The CPR number, e.g. \"0101901234\" or \"010190-1234\".")
            .Category(DataCategory.CprNumber)
            .Searches()
            .ResolveAsync(async ctx => await CitizenLookup.ByCprAsync(ctx, ctx.GetArgument<string>("cpr")));

        query.Field<CitizenConnectionGraphType>("citizens")
            .Description("A page of the citizens the viewer's department is involved with (its caseload; anyone else only through citizenByCpr), filtered and sorted in HotChocolate's form; at most the configured page size (100 by default) a page, forwards with first/after or backwards with last/before.")
            .Argument<CitizenFilterInputGraphType>("where", "Conditions every citizen on the page meets, e.g. { or: [{ name: { contains: \"hansen\" } }, { district: { eq: \"nørrebro\" } }] }.")
            .Argument<ListGraphType<NonNullGraphType<CitizenSortInputGraphType>>>("order", "Sort keys in order, e.g. [{ name: ASC }]; by name if not given.")
            .Argument<IntGraphType>("first", $"How many citizens to return from the start or after 'after' (default {CitizenSearch.DefaultPageSize}, at most the configured page size).")
            .Argument<StringGraphType>("after", "Return the citizens after this cursor.")
            .Argument<IntGraphType>("last", "How many citizens to return from the end or before 'before' (at most the configured page size).")
            .Argument<StringGraphType>("before", "Return the citizens before this cursor.")
            .Category(DataCategory.Identity)
            .Lists<object?, object, Citizen>(c => c.Id)
            .ResolveAsync(async ctx =>
            {
                var filter = ctx.GetArgument<CitizenFilter?>("where");
                var order = ctx.GetArgument<List<CitizenSort>?>("order") ?? [];
                if (filter is not null)
                {
                    ctx.RequireListable("where", filter.FieldsUsed(), CitizenQueryCategories.Filter);
                    RequireProjectsListable(ctx, filter);
                }
                ctx.RequireListable("order", order.SelectMany(o => o.Keys()).Select(k => k.Field), CitizenQueryCategories.Order);
                var page = new CitizenPageRequest(
                    ctx.HasArgument("first") ? PageSize.First(ctx, CitizenSearch.DefaultPageSize) : null,
                    ctx.GetArgument<string?>("after"),
                    PageSize.Last(ctx),
                    ctx.GetArgument<string?>("before"),
                    WithTotal: ctx.SubFields?.Values.Any(f => f.Field.Name.Value == "totalCount") == true);
                return await CitizenSearch.PageAsync(ctx.RequestServices!, ctx.Access().Request, filter, order, page, ctx.CancellationToken);
            });
    }

    /// <summary>
    /// Who is enrolled in a project is the detail of the department that runs it: a condition on projects needs the
    /// right to list the detail of every department running a project it can match.
    /// </summary>
    private static void RequireProjectsListable(IResolveFieldContext context, CitizenFilter filter)
    {
        var reference = context.Reference();
        foreach (var condition in filter.ProjectConditions())
        {
            var codes = condition.Eq is { } eq && condition.In is null ? [eq]
                : condition.In is { } listed && condition.Eq is null && condition.Contains is null && condition.StartsWith is null && condition.Neq is null ? listed
                : reference.Projects.KnownRows.Select(p => p.Code).Where(condition.Matches).DefaultIfEmpty(Departments.Employment).ToList();
            foreach (var code in codes.Distinct(StringComparer.Ordinal))
            {
                var department = reference.DepartmentRunning(code)
                    ?? throw new ExecutionError("A condition on projects cannot be checked yet: the master data it depends on is not available. Try again shortly.") { Code = "SOURCE_UNAVAILABLE" };
                ArgumentCategories.Require(context, "where", "enrolledInProject", Departments.DetailOf[department]);
            }
        }
    }
}
