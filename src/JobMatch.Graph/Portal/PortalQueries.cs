using System.Globalization;
using GraphQL;
using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Agencies;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Portal;

/// <summary>
/// The BIF–SOF portal: knowing the other department, the shared procedures and the relevant offers. Directory data
/// about no citizen, open to every member of staff (the access table's Directory row) and to nobody without a token.
/// </summary>
public static class PortalQueries
{
    private static readonly StringComparer Danish = StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), ignoreCase: true);

    public static void AddPortalQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<OfferConnectionGraphType>>("offers")
            .Description("The departments' offers (tilbud), filtered and sorted in HotChocolate's form, e.g. offers(where: { department: { eq: SOF } }); by department and name if no order is given; forwards with first/after or backwards with last/before.")
            .Argument<OfferFilterInputGraphType>("where", "Conditions every offer on the page meets, e.g. { or: [{ department: { eq: SOF } }, { audience: { contains: \"misbrug\" } }] }.")
            .Argument<ListGraphType<NonNullGraphType<OfferSortInputGraphType>>>("order", "Sort keys in order, e.g. [{ name: ASC }].")
            .DirectoryPaged("offers")
            .Category(DataCategory.Directory)
            .Directory()
            .Resolve(ctx =>
            {
                var filter = ctx.GetArgument<OfferFilter?>("where");
                var order = ctx.GetArgument<List<OfferSort>?>("order") ?? [];
                return ctx.AllOffers().Then(offers => DirectoryPaging.Page(ctx, Sort(offers.Where(o => filter?.Matches(o) ?? true), order), "offer"));
            });

        query.Field<OfferGraphType>("offer")
            .Description("An offer by its code; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The offer's code, e.g. \"SEL-85\".")
            .Category(DataCategory.Directory)
            .Directory()
            .Resolve(ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                return ctx.AllOffers().Then(offers => offers.FirstOrDefault(o => string.Equals(o.Code, code, StringComparison.OrdinalIgnoreCase)));
            });

        query.Field<NonNullGraphType<ProcedureConnectionGraphType>>("procedures")
            .Description("The shared procedures (fælles sagsgange) between departments, with their steps, by name; e.g. procedures(where: { department: { in: [BIF, SOF] } }).")
            .Argument<ProcedureFilterInputGraphType>("where", "Conditions every procedure on the page meets.")
            .DirectoryPaged("procedures")
            .Category(DataCategory.Directory)
            .Directory()
            .Resolve(ctx =>
            {
                var filter = ctx.GetArgument<ProcedureFilter?>("where");
                return ctx.AllProcedures().Then(procedures => DirectoryPaging.Page(ctx,
                    procedures.Where(p => filter?.Matches(p) ?? true).OrderBy(p => p.Name, Danish).ThenBy(p => p.Code, StringComparer.Ordinal).ToList(), "procedure"));
            });

        query.Field<ProcedureGraphType>("procedure")
            .Description("A shared procedure by its code; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The procedure's code, e.g. \"KOORDINERET-PLAN\".")
            .Category(DataCategory.Directory)
            .Directory()
            .Resolve(ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                return ctx.AllProcedures().Then(procedures => procedures.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase)));
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitContactGraphType>>>>("unitContacts")
            .Description("The standing contacts between units of different departments, such as the jobcenter's fixed contact persons for SOF's counselling centres, each seen from the side that names the contact; optionally only those a department or a unit takes part in.")
            .Argument<DepartmentCodeGraphType>("department", "Only contacts with a unit of this department on either side.")
            .Argument<StringGraphType>("unit", "Only contacts with this unit on either side, e.g. \"SOF-RUS\".")
            .Category(DataCategory.Directory)
            .Directory()
            .Resolve(ctx =>
            {
                var department = ctx.GetArgument<string?>("department");
                var unit = ctx.GetArgument<string?>("unit");
                var contacts = ctx.AllUnitContacts();
                if (unit is null)
                    return contacts.Then(rows => Matching(rows, department, null));
                // A misspelt unit is an error, not an empty answer.
                return ctx.AgencyByCode(unit).Then(async (agency, ct) => agency is null
                    ? throw new ExecutionError($"'unit' names no agency: \"{unit}\". Use a code from agencies(kind: UNIT), e.g. \"SOF-RUS\".") { Code = "BAD_USER_INPUT" }
                    : Matching(await contacts.GetResultAsync(ct), department, unit));
            });
    }

    private static IReadOnlyList<UnitContactView> Matching(IReadOnlyList<UnitContactRow> rows, string? department, string? unit) => rows
        .Where(r => unit is null || r.Contact.UnitCode == unit || r.Contact.CounterpartUnitCode == unit)
        .Where(r => department is null || r.UnitDepartment == department || r.CounterpartDepartment == department)
        .Select(r => new UnitContactView(r.Contact, Reversed: false))
        .ToList();

    private static List<Offer> Sort(IEnumerable<Offer> offers, IReadOnlyList<OfferSort> order)
    {
        var keys = order.SelectMany(o => o.Keys()).ToList();
        if (keys.Count == 0)
            keys = [(o => o.DepartmentCode, SortEnumType.Asc), (o => o.Name, SortEnumType.Asc)];
        IOrderedEnumerable<Offer>? sorted = null;
        foreach (var (key, direction) in keys)
        {
            sorted = (sorted, direction) switch
            {
                (null, SortEnumType.Asc) => offers.OrderBy(key, Danish),
                (null, _) => offers.OrderByDescending(key, Danish),
                (_, SortEnumType.Asc) => sorted.ThenBy(key, Danish),
                _ => sorted.ThenByDescending(key, Danish),
            };
        }
        return sorted!.ThenBy(o => o.Code, StringComparer.Ordinal).ToList();
    }
}
