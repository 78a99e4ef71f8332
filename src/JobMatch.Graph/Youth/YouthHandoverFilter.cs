using GraphQL.Types;
using JobMatch.Data.Youth;
using JobMatch.Graph.Access;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Youth;

/// <summary>What to narrow the handover worklist to, in HotChocolate's form: every condition given must hold.</summary>
public sealed class YouthHandoverFilter
{
    public HandoverStateOperationFilter? State { get; set; }
    public DepartmentOperationFilter? ReceivingDepartment { get; set; }
    public DateOperationFilter? EighteenOn { get; set; }

    public bool Matches(YouthHandover entry)
    {
        var eighteen = HandoverCalendar.EighteenOn(entry.Citizen.BirthDate);
        return (State is null || State.Matches(entry.State))
            && (ReceivingDepartment is not { } department
                || ((department.Eq is null || entry.Receiving.Any(r => r.Department == department.Eq))
                    && (department.In is null || entry.Receiving.Any(r => department.In.Contains(r.Department)))))
            && (EighteenOn is not { } on
                || ((on.Eq is null || eighteen == on.Eq) && (on.Neq is null || eighteen != on.Neq) && (on.In is null || on.In.Contains(eighteen))
                    && (on.Gt is null || eighteen > on.Gt) && (on.Gte is null || eighteen >= on.Gte) && (on.Lt is null || eighteen < on.Lt) && (on.Lte is null || eighteen <= on.Lte)));
    }
}

public sealed class HandoverStateOperationFilter
{
    public HandoverState? Eq { get; set; }
    public HandoverState? Neq { get; set; }
    public List<HandoverState>? In { get; set; }

    public bool Matches(HandoverState state) =>
        (Eq is null || state == Eq) && (Neq is null || state != Neq) && (In is null || In.Contains(state));
}

public sealed class HandoverStateOperationFilterInputGraphType : InputObjectGraphType<HandoverStateOperationFilter>
{
    public HandoverStateOperationFilterInputGraphType()
    {
        Name = "HandoverStateOperationFilterInput";
        Description = "Conditions on a handover's state; every one given must hold.";
        Field<HandoverStateGraphType>("eq").Description("In this state.");
        Field<HandoverStateGraphType>("neq").Description("Not in this state.");
        Field<ListGraphType<NonNullGraphType<HandoverStateGraphType>>>("in").Description("In one of these states.");
    }
}

public sealed class YouthHandoverFilterInputGraphType : InputObjectGraphType<YouthHandoverFilter>
{
    public YouthHandoverFilterInputGraphType()
    {
        Name = "YouthHandoverFilterInput";
        Description = "Narrows the handover worklist; every condition given must hold. Conditions read only the entry (HANDOVER), never the plan's content.";
        Field<HandoverStateOperationFilterInputGraphType>("state").Description("The state on the day of the request, e.g. { in: [DUE, PLAN_OVERDUE] }.").FilterCategory(DataCategory.Handover);
        Field<DepartmentOperationFilterInputGraphType>("receivingDepartment").Description("A department the plan names as receiving, e.g. { eq: SOF }.").FilterCategory(DataCategory.Handover);
        Field<DateOperationFilterInputGraphType>("eighteenOn").Description("The 18th birthday, e.g. { lte: \"2027-06-30\" }.").FilterCategory(DataCategory.Handover);
    }
}

/// <summary>One sort key of the worklist: the fields given, in order.</summary>
public sealed class YouthHandoverSort
{
    public SortEnumType? EighteenOn { get; set; }
    public SortEnumType? Name { get; set; }
    public SortEnumType? State { get; set; }

    public IEnumerable<(string Field, SortEnumType Direction)> Keys()
    {
        if (EighteenOn is { } eighteen)
            yield return ("eighteenOn", eighteen);
        if (Name is { } name)
            yield return ("name", name);
        if (State is { } state)
            yield return ("state", state);
    }
}

public sealed class YouthHandoverSortInputGraphType : InputObjectGraphType<YouthHandoverSort>
{
    public YouthHandoverSortInputGraphType()
    {
        Name = "YouthHandoverSortInput";
        Description = "A sort key: order: [{ state: ASC }, { eighteenOn: ASC }]. Ties are broken by the person id, so pages never overlap.";
        Field<SortEnumTypeGraphType>("eighteenOn").Description("By the 18th birthday (the default: the most urgent first).").FilterCategory(DataCategory.Handover);
        Field<SortEnumTypeGraphType>("name").Description("By last name, then first name.").FilterCategory(DataCategory.Handover);
        Field<SortEnumTypeGraphType>("state").Description("By state, in the order NOT_DUE, DUE, PLAN_OVERDUE, PLAN_AGREED, HANDED_OVER.").FilterCategory(DataCategory.Handover);
    }
}
