using GraphQL.Types;
using JobMatch.Graph.Access;

namespace JobMatch.Graph.Schema;

/// <summary>The four departments' codes as an enum, so a misspelt code is a validation error rather than an empty answer.</summary>
public sealed class DepartmentCodeGraphType : EnumerationGraphType
{
    public DepartmentCodeGraphType()
    {
        Name = "DepartmentCode";
        Description = "One of the municipality's four departments.";
        Add(Departments.Employment, Departments.Employment, "Beskæftigelses- og Integrationsforvaltningen (employment).");
        Add(Departments.Social, Departments.Social, "Socialforvaltningen (social services).");
        Add(Departments.Health, Departments.Health, "Sundheds- og Omsorgsforvaltningen (health and care).");
        Add(Departments.Youth, Departments.Youth, "Børne- og Ungdomsforvaltningen (children and youth).");
    }
}

/// <summary>Conditions on a department code.</summary>
public sealed class DepartmentOperationFilter
{
    public string? Eq { get; set; }
    public List<string>? In { get; set; }
}

public sealed class DepartmentOperationFilterInputGraphType : InputObjectGraphType<DepartmentOperationFilter>
{
    public DepartmentOperationFilterInputGraphType()
    {
        Name = "DepartmentOperationFilterInput";
        Description = "Conditions on a department; every one given must hold.";
        Field<DepartmentCodeGraphType>("eq").Description("This department.");
        Field<ListGraphType<NonNullGraphType<DepartmentCodeGraphType>>>("in").Description("One of these departments.");
    }
}
