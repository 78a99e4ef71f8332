namespace JobMatch.Graph.Access;

/// <summary>One row of the access table: who may read and write one data category.</summary>
/// <param name="Owner">The department whose data it is; null for the municipality's shared registry data.</param>
/// <param name="InvolvedStaff">Roles that read it in every department involved with the citizen (need to know).</param>
/// <param name="OwnerRoles">Roles that read it in the owning department, while it is involved with the citizen.</param>
/// <param name="ConsentRoles">Roles in another involved department that read it while a valid consent covers it.</param>
/// <param name="WithoutRelation">Roles that read it with no relationship to a citizen (auditors, analysts).</param>
/// <param name="CitizenOwn">Whether a citizen may read it about themself.</param>
/// <param name="ExplicitConsent">Whether a consent must name the category itself (GDPR art. 9); "*" does not cover it.</param>
/// <param name="OpenedByLookup">Whether a purpose-bound look-up by CPR opens it, for that request, outside the caseload.</param>
/// <param name="HandoverParties">Roles that read it in a department taking part in an open handover of the young person's case to adult services (BUF handing over, a department the transition plan names as receiving), on that ground alone: before the receiving department has a contact person of its own, and for a while after BUF's has ended.</param>
/// <param name="ReceivingUnderConsent">Whether a department the open transition plan names as receiving reads it under a consent before it has a contact person of its own (the plan's content during the handover).</param>
/// <param name="Writers">Roles that change it (a consent it covers, a record of it): in the owning department, or in any involved department when there is no owner.</param>
public sealed record CategoryRule(
    string? Owner,
    IReadOnlySet<Role> InvolvedStaff,
    IReadOnlySet<Role> OwnerRoles,
    IReadOnlySet<Role> ConsentRoles,
    IReadOnlySet<Role> WithoutRelation,
    bool CitizenOwn,
    bool ExplicitConsent,
    bool OpenedByLookup,
    IReadOnlySet<Role> HandoverParties,
    bool ReceivingUnderConsent,
    IReadOnlySet<Role> Writers);
