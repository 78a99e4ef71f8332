using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Portal;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Agencies;

/// <summary>An organisation in the graph.</summary>
public sealed class AgencyGraphType : ObjectGraphType<Agency>
{
    public AgencyGraphType()
    {
        Name = "Agency";
        Description = "An organisation: one of the four departments (BIF, SOF, SUF, BUF), one of their units (a jobcenter, Jobshop, ...), a national agency (STAR, Social- og Boligstyrelsen) or a partner (LEV).";
        Field(a => a.Code).Description("The agency's code, e.g. \"BIF\" or \"SOF-JOBSHOP\".");
        Field(a => a.Name).Description("The agency's name.");
        Field(a => a.Kind, type: typeof(NonNullGraphType<AgencyKindGraphType>)).Description("What kind of organisation it is.");
        Field(a => a.Description, nullable: true).Description("What the agency does.");
        Field<AgencyGraphType>("department").Description("The department a unit belongs to; the department itself for a department; null outside the municipality.")
            .Resolve(ctx => ctx.Source.DepartmentCode is { } code ? ctx.AgencyByCode(code) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyGraphType>>>>("units").Description("A department's units; empty for other agencies.")
            .Resolve(ctx => ctx.UnitsOf(ctx.Source.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferGraphType>>>>("offers").Description("The offers a unit provides, by name; for a department, every offer of its own.")
            .Category(DataCategory.Directory).Directory()
            .Resolve(ctx => ctx.OffersOf(ctx.Source.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitContactGraphType>>>>("unitContacts").Description("The standing contacts this unit takes part in with units of other departments, seen from this unit's side (unit is this agency).")
            .Category(DataCategory.Directory).Directory()
            .Resolve(ctx => ctx.UnitContactsOf(ctx.Source.Code));
    }
}
