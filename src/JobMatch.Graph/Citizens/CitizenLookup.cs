using GraphQL;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Graph.Citizens;

/// <summary>
/// The one door to a citizen outside the caseload: a look-up by CPR with the look-up purpose. It is logged as a
/// search with its criterion, found or not, and marked when it reaches outside the caseload, so an auditor can
/// review it; what it finds opens identity and contact data for this request only.
/// </summary>
public static class CitizenLookup
{
    public static async Task<Citizen?> ByCprAsync(IResolveFieldContext context, string cprArgument)
    {
        var access = context.Access();
        var cpr = Cpr.Normalize(cprArgument);
        var criterion = $"cpr={cpr}";
        if (access.Request.Purpose is not { } purpose || !purpose.Opens(DataCategory.CprNumber))
        {
            access.Record(null, DataCategory.CprNumber, allowed: false, AccessOperation.Search, criterion);
            throw new ExecutionError($"A look-up by CPR needs the purpose {PurposeVocabulary.Lookup}: send it in the '{RequestPurpose.Header}' header or the 'purpose' request extension.")
            {
                Code = AccessDecision.PurposeRequired,
            };
        }
        await using var db = await context.OpenAsync<RegistryContext>();
        var citizen = await db.Citizens.FirstOrDefaultAsync(c => c.Cpr == cpr, context.CancellationToken);
        if (citizen is null)
        {
            access.Record(null, DataCategory.CprNumber, allowed: true, AccessOperation.Search, criterion);
            return null;
        }
        // The same facts, through the same loader (so read once), that every decision about the citizen reads next.
        var facts = new CitizenFacts(await context.ContactAssignmentsOf(citizen.Id).GetResultAsync(context.CancellationToken));
        var involved = access.Viewer.Department is { } department && facts.Involves(department, access.Today);
        access.LookedUp(citizen.Id);
        access.Record(citizen.Id, DataCategory.CprNumber, allowed: true, AccessOperation.Search, criterion, outsideCaseload: !involved);
        return citizen;
    }
}
