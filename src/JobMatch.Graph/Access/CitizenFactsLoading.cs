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

    /// <summary>
    /// Loads the facts of a page of citizens (their contact persons, in one batched statement) before their fields
    /// resolve: every guarded field of the page that turns on involvement alone is then decided at once, rather than
    /// each waiting on the facts in a continuation of its own. The consents load when a decision first needs them, in
    /// one batch for the page's level, so a page of names reads none. Nothing is loaded for a viewer whose decisions
    /// do not turn on the citizen.
    /// </summary>
    public static async Task PreloadAsync(IResolveFieldContext context, IEnumerable<Guid> citizenIds, CancellationToken ct)
    {
        var access = context.Access();
        var unknown = citizenIds.Where(id => access.FactsOf(id) is null).Distinct().ToList();
        if (unknown.Count == 0 || !access.Decide(DataCategory.Identity, unknown[0]).IsPending)
            return;
        var loads = unknown.Select(id => (Id: id, Assignments: context.ContactAssignmentsOf(id))).ToList();
        foreach (var (id, assignments) in loads)
            access.Know(id, new CitizenFacts(await assignments.GetResultAsync(ct)));
    }
}
