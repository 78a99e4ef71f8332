using GraphQL.Types;

namespace JobMatch.Graph.Plans;

/// <summary>What a combined-plan entry is, and so which source it comes from.</summary>
public enum PlanEntryKind
{
    JobGoal,
    JobActivity,
    Placement,
    SocialGoal,
    SocialService,
    SubstanceTreatment,
    HealthEpisode,
    Education,
    TransitionPlan,
}

public sealed class PlanEntryKindGraphType : EnumerationGraphType<PlanEntryKind>
{
    public PlanEntryKindGraphType() => Description = "What a combined-plan entry is: a goal or activity in one department's plan.";
}
