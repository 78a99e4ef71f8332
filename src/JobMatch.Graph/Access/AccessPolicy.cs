using JobMatch.Data.Registry;
using JobMatch.Graph.Auth;
using JobMatch.Graph.Requests;

namespace JobMatch.Graph.Access;

/// <summary>
/// Reads the access table for one request: the one door every decision goes through (a field, a list, a filter,
/// an aggregate, the access log, a consent). Pure, so tests can ask it directly.
/// </summary>
public static class AccessPolicy
{
    /// <summary>
    /// Whether the request may read <paramref name="category"/> of one citizen (<paramref name="citizenId"/>), or list
    /// it when no single citizen is named. Without <paramref name="facts"/> a decision that depends on the citizen
    /// comes back pending; <paramref name="lookedUp"/> says the request looked the citizen up by CPR with a purpose.
    /// </summary>
    public static AccessDecision Decide(JobMatchRequest request, DataCategory category, Guid? citizenId, CitizenFacts? facts, bool lookedUp = false)
    {
        var viewer = request.Viewer;
        if (!viewer.IsAuthenticated)
            return AccessDecision.Deny(AccessDecision.NotAuthenticated, "Personal data needs a bearer token: send 'Authorization: Bearer <token>'.");
        var rule = AccessTable.Rules[category];

        if (viewer.Has(Role.Citizen))
            return rule.CitizenOwn && citizenId is { } own && own == viewer.CitizenId
                ? AccessDecision.Allow
                : Denied(viewer, category, "a citizen may read only their own record");
        if (Overlap(viewer.Roles, rule.WithoutRelation))
            return AccessDecision.Allow;
        if (viewer.Department is not { } department)
            return Denied(viewer, category, "the token names no department");

        var asOwner = department == rule.Owner && Overlap(viewer.Roles, rule.OwnerRoles);
        var asStaff = Overlap(viewer.Roles, rule.InvolvedStaff);
        var underConsent = rule.Owner is not null && department != rule.Owner && Overlap(viewer.Roles, rule.ConsentRoles);
        var asHandoverParty = Overlap(viewer.Roles, rule.HandoverParties);
        if (!asOwner && !asStaff && !underConsent && !asHandoverParty)
            return Denied(viewer, category, "the access table does not grant it");

        if (citizenId is null)
        {
            // A list holds only the viewer's caseload or handovers (its resolver narrows it); another department's
            // detail is shared per citizen, under that citizen's consent, and is never listed.
            return asOwner || asStaff || asHandoverParty
                ? AccessDecision.Allow
                : Denied(viewer, category, "another department's detail is shared per citizen, under that citizen's consent, and cannot be listed or filtered on");
        }
        if (facts is null)
            return AccessDecision.NeedsFacts;

        var involved = facts.Involves(department, request.Today);
        if (involved && (asOwner || asStaff))
            return AccessDecision.Allow;
        // A young person's handover is a relationship of its own: its parties read its entry, and a receiving
        // department reads the plan's content under consent before it has a contact person of its own.
        var receivingUnderConsent = !involved && underConsent && rule.ReceivingUnderConsent;
        if ((asHandoverParty || receivingUnderConsent) && facts.TransitionPlans is null)
            return AccessDecision.NeedsHandover;
        if (asHandoverParty && facts.TakesPartInHandover(department, request.Today))
            return AccessDecision.Allow;
        if (!involved && !(receivingUnderConsent && facts.Receives(department, request.Today)))
        {
            if (lookedUp && rule.OpenedByLookup && asStaff)
                return AccessDecision.AllowByLookup;
            if (asHandoverParty || receivingUnderConsent)
                return AccessDecision.Deny(AccessDecision.NotAuthorized,
                    $"{department} takes no part in an open handover of this young person's case (BUF, or a department the transition plan names as receiving), and the citizen is not in {department}'s caseload (no current contact person in {department}).");
            return AccessDecision.Deny(AccessDecision.NotAuthorized,
                $"The citizen is not in {department}'s caseload (no current contact person in {department}). To reach a citizen outside it, look them up with citizenByCpr and the purpose {PurposeVocabulary.Lookup}.");
        }
        if (!underConsent)
            return Denied(viewer, category, asHandoverParty
                ? $"{department} takes no part in an open handover of this young person's case (BUF, or a department the transition plan names as receiving)"
                : "the access table does not grant it");

        return facts.Consents is { } consents ? UnderConsent(request, rule, category, department, consents) : AccessDecision.NeedsConsents;
    }

    /// <summary>
    /// Another department's detail, read under the citizen's consent: one that covers it today, and the purpose it was
    /// given for. Apart from <see cref="Decide"/> so that its closures are allocated only for such a decision.
    /// </summary>
    private static AccessDecision UnderConsent(JobMatchRequest request, CategoryRule rule, DataCategory category, string department, IReadOnlyList<Consent> consents)
    {
        var covering = consents.Where(c => Covers(c, rule, category, department, request.Today)).ToList();
        if (covering.Count == 0)
            return AccessDecision.Deny(AccessDecision.NotAuthorized,
                $"{department} may read {category} only while the citizen has a valid consent from {rule.Owner} to {department} that covers it{(rule.ExplicitConsent ? " by name" : "")}.");
        if (request.Purpose is not { } purpose)
            return AccessDecision.Deny(AccessDecision.PurposeRequired,
                $"Reading {rule.Owner}'s data under a consent needs the consent's purpose ({string.Join(" or ", covering.Select(c => c.Purpose).Distinct())}): send it in the '{RequestPurpose.Header}' header or the 'purpose' request extension.");
        if (!purpose.Opens(category) || !covering.Any(c => string.Equals(c.Purpose, purpose.Code, StringComparison.Ordinal)))
            return AccessDecision.Deny(AccessDecision.PurposeRequired,
                $"The purpose {purpose.Code} is not the purpose of the citizen's consent to {department} for {category} ({string.Join(" or ", covering.Select(c => c.Purpose).Distinct())}).");
        return AccessDecision.Allow;
    }

    /// <summary>
    /// Whether the request may change <paramref name="category"/> of one citizen: the table's <c>Writers</c> column,
    /// in the department that owns the category (a change is written to the owning source only), while that
    /// department is involved with the citizen. A category without an owner (who the contact persons are) is
    /// written by each department for itself, and also by a department an open transition plan names as receiving,
    /// which names its first contact person that way. Nobody writes under a consent or after a look-up: both open
    /// reading only. Pending until the facts (and, for a receiving department, the transition plans) are loaded.
    /// </summary>
    public static AccessDecision DecideWrite(JobMatchRequest request, DataCategory category, CitizenFacts? facts)
    {
        var viewer = request.Viewer;
        if (!viewer.IsAuthenticated)
            return AccessDecision.Deny(AccessDecision.NotAuthenticated, "Changes need a bearer token: send 'Authorization: Bearer <token>'.");
        var rule = AccessTable.Rules[category];
        if (viewer.Has(Role.Citizen))
            return AccessDecision.Deny(AccessDecision.NotAuthorized, $"A citizen does not change {category} through JobMatch: ask your contact person, who records it in their department's plan.");
        if (viewer.Department is not { } department)
            return AccessDecision.Deny(AccessDecision.NotAuthorized, $"{Describe(viewer)} may not write {category}: the token names no department.");
        if (!Overlap(viewer.Roles, rule.Writers))
            return AccessDecision.Deny(AccessDecision.NotAuthorized, $"{Describe(viewer)} may not write {category}: the access table lets {(rule.Writers.Count == 0 ? "nobody" : string.Join(" and ", rule.Writers.Order()) + "s")} write it{(rule.Owner is { } o ? " in " + o : "")}.");
        if (rule.Owner is { } owner && owner != department)
            return AccessDecision.Deny(AccessDecision.NotAuthorized, $"{category} is {owner}'s and is written in {owner}'s source only: {department} may read it under the citizen's consent, never change it.");
        if (facts is null)
            return AccessDecision.NeedsFacts;
        if (facts.Involves(department, request.Today))
            return AccessDecision.Allow;
        if (rule.Owner is null && facts.TransitionPlans is null)
            return AccessDecision.NeedsHandover;
        if (rule.Owner is null && facts.Receives(department, request.Today))
            return AccessDecision.Allow;
        return AccessDecision.Deny(AccessDecision.NotAuthorized,
            $"The citizen is not in {department}'s caseload (no current contact person in {department}), so {department} changes nothing of theirs.");
    }

    /// <summary>Whether a confirmed consent lets <paramref name="receiver"/> read <paramref name="category"/> today.</summary>
    public static bool Covers(Consent consent, CategoryRule rule, DataCategory category, string receiver, DateOnly today)
    {
        if (consent.SharingDepartment != rule.Owner || consent.ReceivingDepartment != receiver || consent.RevokedAt is not null || consent.ConfirmedAt is null)
            return false;
        if (consent.ValidFrom > today || (consent.ValidTo is { } to && to < today))
            return false;
        var named = consent.Categories.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return named.Contains(category.ToString(), StringComparer.Ordinal) || (!rule.ExplicitConsent && named.Contains("*"));
    }

    /// <summary>How a viewer may take part in a consent that opens <paramref name="category"/> of a citizen.</summary>
    public static ConsentRole ConsentRoleOf(JobMatchRequest request, DataCategory category, Guid citizenId, CitizenFacts facts, string receiving)
    {
        var viewer = request.Viewer;
        if (!viewer.IsAuthenticated)
            return ConsentRole.None;
        if (viewer.Has(Role.Citizen))
            return viewer.CitizenId == citizenId ? ConsentRole.Grants : ConsentRole.None;
        var rule = AccessTable.Rules[category];
        if (viewer.Department is not { } department || !Overlap(viewer.Roles, rule.Writers) || !facts.Involves(department, request.Today))
            return ConsentRole.None;
        if (department == rule.Owner)
            return ConsentRole.Grants;
        return department == receiving ? ConsentRole.Requests : ConsentRole.None;
    }

    private static readonly Role[] Roles = Enum.GetValues<Role>();

    /// <summary>Whether the viewer holds one of the roles: asked of every field, so without the enumerator Overlaps boxes.</summary>
    private static bool Overlap(IReadOnlySet<Role> held, IReadOnlySet<Role> granted)
    {
        foreach (var role in Roles)
        {
            if (granted.Contains(role) && held.Contains(role))
                return true;
        }
        return false;
    }

    private static AccessDecision Denied(Viewer viewer, DataCategory category, string why) =>
        AccessDecision.Deny(AccessDecision.NotAuthorized, $"{Describe(viewer)} may not read {category}: {why}.");

    private static string Describe(Viewer viewer) =>
        $"{(viewer.Department is null ? "" : viewer.Department + " ")}{string.Join("/", viewer.Roles.Order())}".Trim() is { Length: > 0 } who ? who : "This viewer";
}

/// <summary>What a viewer may do with a consent: grant it (the citizen, or the department whose data it shares), request it (the receiving department), or nothing.</summary>
public enum ConsentRole
{
    None,
    Requests,
    Grants,
}
