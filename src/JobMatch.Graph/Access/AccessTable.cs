namespace JobMatch.Graph.Access;

/// <summary>
/// Who may see what: the one table the whole graph is guarded by. Owners see their own detail; every
/// caseworker and consultant sees identity, contact persons and the employment summary; another
/// department's detail needs a consent; health detail needs a consent that names it; analysts never see a
/// person (they read aggregates through <c>projectOutcomes</c>); auditors read the access log; a citizen
/// reads their own record and who looked at it.
/// </summary>
public static class AccessTable
{
    private static readonly IReadOnlySet<Role> None = new HashSet<Role>();
    private static readonly IReadOnlySet<Role> CaseWork = new HashSet<Role> { Role.Caseworker, Role.Consultant };
    private static readonly IReadOnlySet<Role> Caseworker = new HashSet<Role> { Role.Caseworker };
    private static readonly IReadOnlySet<Role> Auditor = new HashSet<Role> { Role.Auditor };

    public static readonly IReadOnlyDictionary<DataCategory, CategoryRule> Rules = new Dictionary<DataCategory, CategoryRule>
    {
        //                                        owner                    any department  owner's roles  with consent  citizen  explicit  writers
        [DataCategory.Identity] = new(null, CaseWork, None, None, true, false, CaseWork),
        [DataCategory.CprNumber] = new(null, Caseworker, None, None, true, false, None),
        [DataCategory.ContactInfo] = new(null, CaseWork, None, None, true, false, Caseworker),
        [DataCategory.EmploymentSummary] = new(Departments.Employment, CaseWork, CaseWork, None, true, false, Caseworker),
        [DataCategory.EmploymentDetail] = new(Departments.Employment, None, CaseWork, CaseWork, true, false, CaseWork),
        [DataCategory.SocialDetail] = new(Departments.Social, None, CaseWork, CaseWork, true, false, CaseWork),
        [DataCategory.HealthDetail] = new(Departments.Health, None, CaseWork, Caseworker, true, true, CaseWork),
        [DataCategory.YouthDetail] = new(Departments.Youth, None, CaseWork, CaseWork, true, false, CaseWork),
        [DataCategory.Audit] = new(null, Auditor, None, None, true, false, None),
    };
}
