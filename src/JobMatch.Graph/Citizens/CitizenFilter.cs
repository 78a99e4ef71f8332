using GraphQL.Types;

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
        Field(f => f.Name, nullable: true).Description("Part of the citizen's full name, e.g. \"Hansen\".");
        Field(f => f.District, nullable: true).Description("The district exactly, e.g. \"Nørrebro\".");
        Field(f => f.Department, nullable: true).Description("A department involved with the citizen (has a current contact person there): BIF, SOF, SUF or BUF.");
        Field(f => f.Project, nullable: true).Description("A project code the citizen is or was enrolled in, e.g. \"KLAPJOB\".");
        Field(f => f.TargetGroup, nullable: true).Description("The code of the target group the citizen is in today (the period covering the day of the request).");
    }
}
