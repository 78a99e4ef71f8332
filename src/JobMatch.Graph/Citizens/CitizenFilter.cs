using GraphQL.Types;
using JobMatch.Graph.Access;

namespace JobMatch.Graph.Citizens;

/// <summary>What to narrow a citizens page to; every condition given must hold.</summary>
public sealed class CitizenFilter
{
    public string? Name { get; set; }
    public string? District { get; set; }
    public string? Department { get; set; }
    public string? Project { get; set; }
    public string? TargetGroup { get; set; }
}

public sealed class CitizenFilterInputGraphType : InputObjectGraphType<CitizenFilter>
{
    public CitizenFilterInputGraphType()
    {
        Name = "CitizenFilter";
        Description = "Narrows a citizens page; every condition given must hold.";
        // Each condition reveals what it matches: it declares the category a viewer must be able to list to use it.
        Field(f => f.Name, nullable: true).Description("Part of the citizen's full name, e.g. \"Hansen\".").FilterCategory(DataCategory.Identity);
        Field(f => f.District, nullable: true).Description("The district exactly, e.g. \"Nørrebro\".").FilterCategory(DataCategory.Identity);
        Field(f => f.Department, nullable: true).Description("A department involved with the citizen (has a current contact person there): BIF, SOF, SUF or BUF.").FilterCategory(DataCategory.Involvement);
        Field(f => f.Project, nullable: true).Description("A project code the citizen is or was enrolled in, e.g. \"KLAPJOB\"; only for viewers who may list the detail of the department that runs it (BIF for projects run outside the departments).").FilterCategory(DataCategory.DepartmentDetail);
        Field(f => f.TargetGroup, nullable: true).Description("The code of the citizen's current target group; only for viewers who may list EMPLOYMENT_DETAIL (BIF).").FilterCategory(DataCategory.EmploymentDetail);
    }
}
