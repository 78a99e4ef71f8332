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
    /// <summary>A period in a target group (målgruppe); the 2027 reform's groups start as entries of their own.</summary>
    TargetGroup,
    /// <summary>A period on a benefit (ydelse).</summary>
    Benefit,
    /// <summary>A plan's next review (opfølgning), e.g. the social action plan's.</summary>
    PlanReview,
}

public sealed class PlanEntryKindGraphType : EnumerationGraphType<PlanEntryKind>
{
    public PlanEntryKindGraphType() => Description = "What a combined-plan entry is: a goal or activity in one department's plan, a target group or benefit period, or a plan's next review.";
}
