using GraphQL.Types;
using JobMatch.Data.Employment;
using JobMatch.Data.Social;
using JobMatch.Data.Youth;
using JobMatch.Graph.Access;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Plans;

/// <summary>The head of one department's plan: when it was made and when it is next reviewed, where the source records that.</summary>
public sealed record PlanHeader(string Title, DateOnly Created, DateOnly? NextReview)
{
    /// <summary>From the department's visible entries: SOF's action plan (§ 141), BUF's transition plan, BIF's job plan (its first goal or activity).</summary>
    public static PlanHeader? Of(string department, IReadOnlyList<PlanEntry> entries)
    {
        var own = entries.Where(e => e.Department == department).ToList();
        return department switch
        {
            Departments.Social => own.Select(e => e.Source).OfType<SocialActionPlan>().MaxBy(p => p.CreatedOn) is { } plan
                ? new PlanHeader("Handleplan (serviceloven § 141)", plan.CreatedOn, plan.NextReviewOn) : null,
            Departments.Youth => own.Select(e => e.Source).OfType<TransitionPlan>().MaxBy(p => p.StartedOn) is { } transition
                ? new PlanHeader("Plan for overgangen til voksenområdet", transition.StartedOn, null) : null,
            Departments.Employment => own.Where(e => e.Source is JobGoal or JobActivity).Select(e => (DateOnly?)e.Date).Min() is { } first
                ? new PlanHeader("Jobplan (Min Plan)", first, null) : null,
            _ => null,
        };
    }
}

public sealed class PlanHeaderGraphType : ObjectGraphType<PlanHeader>
{
    public PlanHeaderGraphType()
    {
        Name = "PlanHeader";
        Description = "The head of one department's plan, as far as its source records it.";
        Field(h => h.Title).Description("Which plan it is.");
        Field(h => h.Created, type: typeof(NonNullGraphType<Schema.DateGraphType>)).Description("When the plan was made (for the job plan: its first goal or activity).");
        Field(h => h.NextReview, type: typeof(Schema.DateGraphType)).Description("When the plan is next reviewed; null where the source records no review date.");
    }
}
