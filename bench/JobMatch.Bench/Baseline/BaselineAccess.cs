using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Bench.Baseline;

/// <summary>
/// The reads every access decision needs, as the graph's loaders make them: the caseload condition of the
/// citizens page, the contact assignments effective today (the need-to-know facts, and what the contact persons
/// show), and the consents, each in one statement per request. The decisions themselves go through
/// <see cref="RequestAccess.Decide(DataCategory, Guid, CitizenFacts)"/>, the same door as the graph's.
/// </summary>
public static class BaselineAccess
{
    /// <summary>The graph's answer for a record of a department it cannot tell: refused, not guessed, and not logged.</summary>
    public static readonly AccessDecision UnknownDepartment =
        AccessDecision.Deny(AccessDecision.NotAuthorized, "Whose data this is cannot be told right now; try again shortly.");

    /// <summary>The citizens <paramref name="department"/> is involved with today: the same EXISTS as the graph's citizens page.</summary>
    public static IQueryable<Citizen> InCaseload(this IQueryable<Citizen> citizens, RegistryContext db, string department, DateOnly today) =>
        citizens.Where(c => db.ContactAssignments.Any(a => a.CitizenId == c.Id && a.DepartmentCode == department && a.From <= today && (a.To == null || a.To >= today)));

    /// <summary>The contact assignments in force today; ended and future ones neither show nor make a department involved.</summary>
    public static IQueryable<ContactAssignment> Current(RegistryContext db, DateOnly today) =>
        db.ContactAssignments.AsNoTracking().Where(a => a.From <= today && (a.To == null || a.To >= today));

    /// <summary>Every consent of these citizens (requested, confirmed, withdrawn: the policy tells them apart), oldest first.</summary>
    public static async Task<ILookup<Guid, Consent>> ConsentsAsync(RegistryContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        ids.Count == 0
            ? Array.Empty<Consent>().ToLookup(c => c.CitizenId)
            : (await db.Consents.AsNoTracking().Where(c => ids.Contains(c.CitizenId)).OrderBy(c => c.ValidFrom).ToListAsync(ct)).ToLookup(c => c.CitizenId);

    /// <summary>
    /// What a department's record on a citizen reveals (a contact person's responsibility, title or unit): that
    /// department's detail, decided with the facts the request already holds and logged as the graph logs it.
    /// </summary>
    public static AccessDecision DepartmentDetail(RequestAccess access, Guid citizenId, string department)
    {
        if (!Departments.DetailOf.TryGetValue(department, out var detail))
            return UnknownDepartment;
        var decision = access.Decide(detail, citizenId);
        access.Record(citizenId, detail, decision);
        return decision;
    }
}
