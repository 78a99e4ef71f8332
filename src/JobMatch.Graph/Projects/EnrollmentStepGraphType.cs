using GraphQL.Types;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;

namespace JobMatch.Graph.Projects;

/// <summary>A step a citizen has started, with the project's description of it.</summary>
public sealed record EnrollmentStepView(EnrollmentStep Progress, ProjectStep? Step);

public sealed class EnrollmentStepGraphType : ObjectGraphType<EnrollmentStepView>
{
    public EnrollmentStepGraphType()
    {
        Name = "EnrollmentStep";
        Description = "A project step the citizen has started, and completed if completedOn is set.";
        Field<NonNullGraphType<IntGraphType>>("order").Description("The step's place in the project.").Resolve(ctx => ctx.Source.Progress.StepOrder);
        Field<StringGraphType>("name").Description("The step's name.").Resolve(ctx => ctx.Source.Step?.Name);
        Field<NonNullGraphType<Schema.DateGraphType>>("startedOn").Description("When the citizen started the step.").Resolve(ctx => ctx.Source.Progress.StartedOn);
        Field<Schema.DateGraphType>("completedOn").Description("When the citizen completed it.").Resolve(ctx => ctx.Source.Progress.CompletedOn);
    }
}
