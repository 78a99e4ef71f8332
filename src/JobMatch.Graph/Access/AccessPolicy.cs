using JobMatch.Data.Registry;
using JobMatch.Graph.Auth;

namespace JobMatch.Graph.Access;

/// <summary>Reads the access table for one viewer: pure, so the matrix test can ask it what to expect.</summary>
public static class AccessPolicy
{
    /// <summary>
    /// Whether <paramref name="viewer"/> may read <paramref name="category"/> of the citizen. Pass the citizen's
    /// consents when known; without them a decision that depends on a consent comes back pending.
    /// </summary>
    public static AccessDecision Decide(Viewer viewer, DataCategory category, Guid? citizenId, IReadOnlyList<Consent>? consents, string? purpose, DateOnly today)
    {
        if (!viewer.IsAuthenticated)
            return AccessDecision.Deny(AccessDecision.NotAuthenticated, "Personal data needs a bearer token: send 'Authorization: Bearer <token>'.");
        var rule = AccessTable.Rules[category];

        if (viewer.Has(Role.Citizen))
            return rule.CitizenOwn && citizenId is { } own && own == viewer.CitizenId
                ? AccessDecision.Allow
                : Denied(viewer, category, "a citizen may read only their own record");
        if (viewer.Roles.Overlaps(rule.AnyDepartment) && (viewer.Department is not null || viewer.Has(Role.Auditor)))
            return AccessDecision.Allow;
        if (viewer.Department is null)
            return Denied(viewer, category, "the token names no department");
        if (viewer.Department == rule.Owner && viewer.Roles.Overlaps(rule.OwnerRoles))
            return AccessDecision.Allow;
        if (rule.Owner is null || !viewer.Roles.Overlaps(rule.ConsentRoles))
            return Denied(viewer, category, "the access table does not grant it");
        if (citizenId is null)
            return Denied(viewer, category, "another department's detail is shared per citizen, under that citizen's consent, and cannot be listed");
        if (consents is null)
            return AccessDecision.NeedsConsents;

        if (!consents.Any(c => Covers(c, rule, category, viewer.Department, today)))
            return AccessDecision.Deny(AccessDecision.NotAuthorized,
                $"{viewer.Department} may read {category} only while the citizen has a valid consent from {rule.Owner} to {viewer.Department} that covers it{(rule.ExplicitConsent ? " by name" : "")}.");
        if (string.IsNullOrWhiteSpace(purpose))
            return AccessDecision.Deny(AccessDecision.PurposeRequired,
                $"Reading {rule.Owner}'s data under a consent needs a purpose: send the '{RequestPurpose.Header}' header or the 'purpose' request extension.");
        return AccessDecision.Allow;
    }

    /// <summary>Whether a consent lets <paramref name="receiver"/> read <paramref name="category"/> today.</summary>
    public static bool Covers(Consent consent, CategoryRule rule, DataCategory category, string receiver, DateOnly today)
    {
        if (consent.SharingDepartment != rule.Owner || consent.ReceivingDepartment != receiver || consent.RevokedAt is not null)
            return false;
        if (consent.ValidFrom > today || (consent.ValidTo is { } to && to < today))
            return false;
        var named = consent.Categories.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return named.Contains(category.ToString(), StringComparer.OrdinalIgnoreCase) || (!rule.ExplicitConsent && named.Contains("*"));
    }

    /// <summary>Whether the viewer may write the category (for a citizen's record in the viewer's department).</summary>
    public static bool MayWrite(Viewer viewer, DataCategory category)
    {
        var rule = AccessTable.Rules[category];
        return viewer.Department is not null && viewer.Roles.Overlaps(rule.Writers) && (rule.Owner is null || rule.Owner == viewer.Department);
    }

    private static AccessDecision Denied(Viewer viewer, DataCategory category, string why) =>
        AccessDecision.Deny(AccessDecision.NotAuthorized, $"{Describe(viewer)} may not read {category}: {why}.");

    private static string Describe(Viewer viewer) =>
        $"{(viewer.Department is null ? "" : viewer.Department + " ")}{string.Join("/", viewer.Roles.Order())}".Trim() is { Length: > 0 } who ? who : "This viewer";
}
