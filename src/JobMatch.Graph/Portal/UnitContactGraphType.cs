using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Agencies;

namespace JobMatch.Graph.Portal;

/// <summary>A standing contact between two units, seen from one of them.</summary>
public sealed class UnitContactGraphType : ObjectGraphType<UnitContactView>
{
    public UnitContactGraphType()
    {
        Name = "UnitContact";
        Description = "A standing contact between units of two departments, such as the jobcenter's fixed contact person for a counselling centre: the contact person on each side and what the contact is for. Directory data: it names no citizen.";
        Field<NonNullGraphType<AgencyGraphType>>("unit").Description("This side's unit (on an agency's unitContacts, that agency).").Resolve(ctx => ctx.AgencyByCode(ctx.Source.UnitCode));
        Field<StaffContactGraphType>("contact").Description("This side's contact person; null when this side is reached as a unit.")
            .Resolve(ctx => ctx.Source.EmployeeId is { } id ? ctx.EmployeeById(id) : null);
        Field<NonNullGraphType<AgencyGraphType>>("counterpartUnit").Description("The other side's unit.").Resolve(ctx => ctx.AgencyByCode(ctx.Source.CounterpartUnitCode));
        Field<StaffContactGraphType>("counterpartContact").Description("The other side's contact person; null when that side is reached as a unit.")
            .Resolve(ctx => ctx.Source.CounterpartEmployeeId is { } id ? ctx.EmployeeById(id) : null);
        Field<NonNullGraphType<BooleanGraphType>>("namedByUnit").Description("Whether this side named the fixed contact person (the jobcenter does, for SOF's counselling centres); false when it is the side served.")
            .Resolve(ctx => !ctx.Source.Reversed);
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the contact is for.").Resolve(ctx => ctx.Source.Row.Description);
        Field<NonNullGraphType<StringGraphType>>("source").Description("The document the arrangement is agreed in.").Resolve(ctx => ctx.Source.Row.Source);
    }
}

/// <summary>A unit contact from one side: <paramref name="Reversed"/> when that side is the unit served, not the one that names the contact.</summary>
public sealed record UnitContactView(UnitContact Row, bool Reversed)
{
    public string UnitCode => Reversed ? Row.CounterpartUnitCode : Row.UnitCode;
    public Guid? EmployeeId => Reversed ? Row.CounterpartEmployeeId : Row.EmployeeId;
    public string CounterpartUnitCode => Reversed ? Row.UnitCode : Row.CounterpartUnitCode;
    public Guid? CounterpartEmployeeId => Reversed ? Row.EmployeeId : Row.CounterpartEmployeeId;
}
