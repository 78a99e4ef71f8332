namespace JobMatch.Graph.Access;

/// <summary>
/// Who may see what: the one table every decision reads (fields, lists, filters, aggregates, the access log,
/// consents). Staff reach the citizens their department is involved with; among those, every involved
/// department reads identity, contact data and the employment summary, the owner reads its own detail, and
/// another department reads detail under a consent; outside the caseload only a purpose-bound look-up opens
/// identity and contact data. A young person's handover to adult services opens its entry to the departments
/// the transition plan names as receiving, and the plan's content to them under consent, before they have a
/// contact person of their own. Analysts read aggregates, auditors the access log, a citizen their own record;
/// all staff read the directory.
/// </summary>
public static class AccessTable
{
    private static readonly IReadOnlySet<Role> None = new HashSet<Role>();
    private static readonly IReadOnlySet<Role> CaseWork = new HashSet<Role> { Role.Caseworker, Role.Consultant };
    private static readonly IReadOnlySet<Role> Caseworker = new HashSet<Role> { Role.Caseworker };
    private static readonly IReadOnlySet<Role> Staff = new HashSet<Role> { Role.Caseworker, Role.Consultant, Role.Analyst, Role.Auditor, Role.Administrator };

    public static readonly IReadOnlyDictionary<DataCategory, CategoryRule> Rules = new Dictionary<DataCategory, CategoryRule>
    {
        [DataCategory.Identity] = new(Owner: null, InvolvedStaff: CaseWork, OwnerRoles: None, ConsentRoles: None, WithoutRelation: None,
            CitizenOwn: true, ExplicitConsent: false, OpenedByLookup: true, HandoverParties: None, ReceivingUnderConsent: false, Writers: CaseWork),
        // A department's caseworkers name and end its own contact persons; consultants work within the cases they are given.
        [DataCategory.Involvement] = new(Owner: null, InvolvedStaff: CaseWork, OwnerRoles: None, ConsentRoles: None, WithoutRelation: None,
            CitizenOwn: true, ExplicitConsent: false, OpenedByLookup: false, HandoverParties: None, ReceivingUnderConsent: false, Writers: Caseworker),
        [DataCategory.CprNumber] = new(Owner: null, InvolvedStaff: Caseworker, OwnerRoles: None, ConsentRoles: None, WithoutRelation: None,
            CitizenOwn: true, ExplicitConsent: false, OpenedByLookup: true, HandoverParties: None, ReceivingUnderConsent: false, Writers: None),
        [DataCategory.ContactInfo] = new(Owner: null, InvolvedStaff: CaseWork, OwnerRoles: None, ConsentRoles: None, WithoutRelation: None,
            CitizenOwn: true, ExplicitConsent: false, OpenedByLookup: true, HandoverParties: None, ReceivingUnderConsent: false, Writers: Caseworker),
        [DataCategory.EmploymentSummary] = new(Owner: Departments.Employment, InvolvedStaff: CaseWork, OwnerRoles: CaseWork, ConsentRoles: None, WithoutRelation: None,
            CitizenOwn: true, ExplicitConsent: false, OpenedByLookup: false, HandoverParties: None, ReceivingUnderConsent: false, Writers: Caseworker),
        [DataCategory.EmploymentDetail] = new(Owner: Departments.Employment, InvolvedStaff: None, OwnerRoles: CaseWork, ConsentRoles: CaseWork, WithoutRelation: None,
            CitizenOwn: true, ExplicitConsent: false, OpenedByLookup: false, HandoverParties: None, ReceivingUnderConsent: false, Writers: CaseWork),
        [DataCategory.SocialDetail] = new(Owner: Departments.Social, InvolvedStaff: None, OwnerRoles: CaseWork, ConsentRoles: CaseWork, WithoutRelation: None,
            CitizenOwn: true, ExplicitConsent: false, OpenedByLookup: false, HandoverParties: None, ReceivingUnderConsent: false, Writers: CaseWork),
        [DataCategory.HealthDetail] = new(Owner: Departments.Health, InvolvedStaff: None, OwnerRoles: CaseWork, ConsentRoles: Caseworker, WithoutRelation: None,
            CitizenOwn: true, ExplicitConsent: true, OpenedByLookup: false, HandoverParties: None, ReceivingUnderConsent: false, Writers: CaseWork),
        [DataCategory.YouthDetail] = new(Owner: Departments.Youth, InvolvedStaff: None, OwnerRoles: CaseWork, ConsentRoles: CaseWork, WithoutRelation: None,
            CitizenOwn: true, ExplicitConsent: false, OpenedByLookup: false, HandoverParties: None, ReceivingUnderConsent: true, Writers: CaseWork),
        // The handover's entry is for its parties: BUF while it holds the case or follows up a handover, and the
        // departments the plan names as receiving, before their own contact person; nobody else.
        [DataCategory.Handover] = new(Owner: Departments.Youth, InvolvedStaff: None, OwnerRoles: CaseWork, ConsentRoles: None, WithoutRelation: None,
            CitizenOwn: true, ExplicitConsent: false, OpenedByLookup: false, HandoverParties: CaseWork, ReceivingUnderConsent: false, Writers: None),
        [DataCategory.Audit] = new(Owner: null, InvolvedStaff: None, OwnerRoles: None, ConsentRoles: None, WithoutRelation: new HashSet<Role> { Role.Auditor },
            CitizenOwn: true, ExplicitConsent: false, OpenedByLookup: false, HandoverParties: None, ReceivingUnderConsent: false, Writers: None),
        [DataCategory.Statistics] = new(Owner: null, InvolvedStaff: None, OwnerRoles: None, ConsentRoles: None, WithoutRelation: new HashSet<Role> { Role.Analyst },
            CitizenOwn: false, ExplicitConsent: false, OpenedByLookup: false, HandoverParties: None, ReceivingUnderConsent: false, Writers: None),
        // Every member of staff may know the other departments, their offers and whom to call; a citizen asks their
        // caseworker, since the directory names colleagues' direct lines.
        [DataCategory.Directory] = new(Owner: null, InvolvedStaff: None, OwnerRoles: None, ConsentRoles: None, WithoutRelation: Staff,
            CitizenOwn: false, ExplicitConsent: false, OpenedByLookup: false, HandoverParties: None, ReceivingUnderConsent: false, Writers: None),
    };
}
