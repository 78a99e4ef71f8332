using GraphQL.Types;
using JobMatch.Data.Registry;

namespace JobMatch.Graph.Projects;

/// <summary>A step of a project.</summary>
public sealed class ProjectStepGraphType : ObjectGraphType<ProjectStep>
{
    public ProjectStepGraphType()
    {
        Name = "ProjectStep";
        Description = "One step of a project, e.g. KLAPjob's unpaid company internship.";
        Field(s => s.Order).Description("The step's place in the project, from 1.");
        Field(s => s.Name).Description("The step's name.");
        Field(s => s.Description).Description("What happens in the step.");
    }
}
