using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Portal;

/// <summary>What to narrow the shared procedures to: every condition given must hold, <c>or</c> any of its parts.</summary>
public sealed class ProcedureFilter
{
    public List<ProcedureFilter>? And { get; set; }
    public List<ProcedureFilter>? Or { get; set; }
    public StringOperationFilter? Code { get; set; }
    public StringOperationFilter? Name { get; set; }
    public DepartmentOperationFilter? Department { get; set; }

    public bool Matches(Procedure procedure) =>
        (Code is null || Code.Matches(procedure.Code))
        && (Name is null || Name.Matches(procedure.Name))
        && (Department is null || procedure.Steps.Any(s => s.DepartmentCode is { } code && DirectoryFilters.Matches(Department, code)))
        && (And is null || And.All(part => part.Matches(procedure)))
        && (Or is null || Or.Any(part => part.Matches(procedure)));
}

public sealed class ProcedureFilterInputGraphType : InputObjectGraphType<ProcedureFilter>
{
    public ProcedureFilterInputGraphType()
    {
        Name = "ProcedureFilterInput";
        Description = "Narrows the shared procedures; every condition given must hold.";
        Field<ListGraphType<NonNullGraphType<ProcedureFilterInputGraphType>>>("and").Description("Every one of these holds.");
        Field<ListGraphType<NonNullGraphType<ProcedureFilterInputGraphType>>>("or").Description("At least one of these holds.");
        Field<StringOperationFilterInputGraphType>("code").Description("The procedure's code.");
        Field<StringOperationFilterInputGraphType>("name").Description("The procedure's name, e.g. { contains: \"handleplan\" }.");
        Field<DepartmentOperationFilterInputGraphType>("department").Description("A department that takes a step in it, e.g. { in: [BIF, SOF] }.");
    }
}

/// <summary>Conditions on a department code outside a citizens query.</summary>
internal static class DirectoryFilters
{
    public static bool Matches(DepartmentOperationFilter filter, string department) =>
        (filter.Eq is null || filter.Eq == department) && (filter.In is null || filter.In.Contains(department));
}
