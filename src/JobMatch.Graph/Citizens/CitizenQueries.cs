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
            .Description("A page of the citizens the viewer's department is involved with (its caseload; anyone else only through citizenByCpr), filtered and sorted in HotChocolate's form; at most the configured page size (100 by default) a page, forwards with first/after or backwards with last/before. Under a condition on a project or target group that many citizens meet, a page checks at most the configured number of candidates (10,000 by default); one that runs out of them before it is full comes back short, with hasNextPage (hasPreviousPage backwards) true and an endCursor (startCursor) that goes on from the last citizen checked.")
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
                ArgumentGuard.Check(ctx, "where", (_, value) => ProjectDepartments(ctx, value));
                ArgumentGuard.Check(ctx, "order");
                var page = await CitizenSearch.PageAsync(ctx.RequestServices!, ctx.Access().Request, filter, order,
                    Keyset.WindowOf(ctx, CitizenSearch.DefaultPageSize), CitizenConnectionGraphType.WantsTotal(ctx), ctx.CancellationToken);
                await CitizenFactsLoading.PreloadAsync(ctx, page.Edges?.Select(e => e.Node).OfType<Citizen>().Select(c => c.Id) ?? [], ctx.CancellationToken);
                return page;
            });
    }

    /// <summary>
    /// Who is enrolled in a project is the detail of the department that runs it: a condition on projects reveals the
    /// detail of every department running a project it can match. Null when the master data is not available.
    /// </summary>
    private static IEnumerable<string>? ProjectDepartments(IResolveFieldContext context, object value)
    {
        var reference = context.Reference();
        if (value is StringOperationFilter and not ({ Eq: not null, In: null } or { In: not null, Eq: null, Neq: null, Contains: null, StartsWith: null }) && !reference.Projects.IsLoaded)
            return null;
        var codes = value switch
        {
            string code => [code],
            StringOperationFilter { Eq: { } eq, In: null } => [eq],
            StringOperationFilter { In: { } listed, Eq: null, Neq: null, Contains: null, StartsWith: null } => listed,
            StringOperationFilter condition => reference.Projects.KnownRows.Select(p => p.Code).Where(condition.Matches).ToList(),
            _ => [],
        };
        var departments = new List<string>();
        foreach (var code in codes)
        {
            if (reference.DepartmentRunning(code) is not { } department)
                return null;
            departments.Add(department);
        }
        // A condition that matches no known project still reads enrolments: BIF's, where partners' projects are.
        return departments.Count == 0 ? [Departments.Employment] : departments;
    }
}
