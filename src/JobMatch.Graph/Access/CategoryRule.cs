namespace JobMatch.Graph.Access;

/// <summary>One row of the access table: who may read and write one data category.</summary>
/// <param name="Owner">The department whose data it is; null for the municipality's shared registry data.</param>
/// <param name="AnyDepartment">Roles that may read it in every department (or, for Auditor, without one).</param>
/// <param name="OwnerRoles">Roles that may read it in the owning department.</param>
/// <param name="ConsentRoles">Roles in another department that may read it while a valid consent covers it.</param>
/// <param name="CitizenOwn">Whether a citizen may read it about themself.</param>
/// <param name="ExplicitConsent">Whether a consent must name the category itself (GDPR art. 9); "*" does not cover it.</param>
/// <param name="Writers">Roles that may change it: in the owning department, or in any department when there is no owner.</param>
public sealed record CategoryRule(
    string? Owner,
    IReadOnlySet<Role> AnyDepartment,
    IReadOnlySet<Role> OwnerRoles,
    IReadOnlySet<Role> ConsentRoles,
    bool CitizenOwn,
    bool ExplicitConsent,
    IReadOnlySet<Role> Writers);
