using GraphQL.Types;
using JobMatch.Graph.Projects;

namespace JobMatch.Graph.Outcomes;

/// <summary>A project's outcomes.</summary>
public sealed class ProjectOutcomeGraphType : ObjectGraphType<ProjectOutcome>
{
    public ProjectOutcomeGraphType()
    {
        Name = "ProjectOutcome";
        Description = $"What a project achieved, in aggregates only, disclosed as outcomes are: counted on the month's snapshot, counts rounded to a multiple of {Disclosure.RoundingBase}, and any number covering or counting fewer than {Disclosure.MinimumCell} citizens null.";
        Field<ProjectGraphType>("project").Description("The project.").Resolve(ctx => ctx.ProjectByCode(ctx.Source.ProjectCode));
        Field(o => o.Suppressed).Description($"True when the project has fewer than {Disclosure.MinimumCell} participants, so every number is withheld.");
        Field(o => o.Participants, nullable: true).Description("Citizens enrolled before the snapshot, rounded.");
        Field<ShareGraphType>("employedAtEnrollment").Description("Participants in paid work (løntilskud, fleksjob, skånejob, ordinary hours) when they enrolled.").Resolve(ctx => ctx.Source.EmployedAtEnrollment);
        Field<ShareGraphType>("employedNow").Description("Participants in paid work on the day before the snapshot.").Resolve(ctx => ctx.Source.EmployedNow);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StepOutcomeGraphType>>>>("steps").Description("How many participants reached each step.").Resolve(ctx => ctx.Source.Steps);
    }
}

public sealed class ShareGraphType : ObjectGraphType<Share>
{
    public ShareGraphType()
    {
        Name = "Share";
        Description = "A count of participants and its share of all participants.";
        Field(s => s.Count).Description("How many, rounded.");
        Field(s => s.Percent).Description("Per cent of the participants, from the rounded counts.");
    }
}

public sealed class StepOutcomeGraphType : ObjectGraphType<StepOutcome>
{
    public StepOutcomeGraphType()
    {
        Name = "StepOutcome";
        Description = "How many participants reached a project step.";
        Field(s => s.Order).Description("The step's place in the project.");
        Field(s => s.Name).Description("The step's name.");
        Field(s => s.Reached, nullable: true).Description("Participants who started the step, rounded; null where too few to show.");
    }
}
