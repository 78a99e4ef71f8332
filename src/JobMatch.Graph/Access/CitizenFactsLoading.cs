using GraphQL;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Youth;

namespace JobMatch.Graph.Access;

/// <summary>Completes a decision that turns on more than the facts at hand (the consents, a handover), loading what it names in the request's batches.</summary>
internal static class CitizenFactsLoading
{
    public static async Task<AccessDecision> CompleteAsync(IResolveFieldContext context, RequestAccess access, DataCategory category, Guid citizenId, CitizenFacts facts, CancellationToken ct)
    {
        var decision = access.Decide(category, citizenId, facts);
        // Each round loads one kind of fact; a decision needs at most the consents and the transition plans.
        for (var round = 0; decision.IsPending && round < 2; round++)
        {
            if (ReferenceEquals(decision, AccessDecision.NeedsConsents))
                facts = facts with { Consents = await context.ConsentsOf(citizenId).GetResultAsync(ct) };
            else if (ReferenceEquals(decision, AccessDecision.NeedsHandover))
                facts = facts with { TransitionPlans = await context.TransitionPlansOf(citizenId).GetResultAsync(ct) };
            else
                break;
            decision = access.Decide(category, citizenId, facts);
        }
        return decision;
    }
}
