using JobMatch.Data.Registry;

namespace JobMatch.Graph.Access;

/// <summary>
/// What a decision about one citizen needs from the Registry: which departments are involved (their contact
/// assignments) and, when a decision turns on one, the citizen's consents (null until loaded).
/// </summary>
public sealed record CitizenFacts(IReadOnlyList<ContactAssignment> Assignments, IReadOnlyList<Consent>? Consents = null)
{
    /// <summary>
    /// The need-to-know rule, in one place: a department is involved with a citizen on a day when one of its
    /// employees is the citizen's contact person that day. Every case a department opens names a contact person
    /// in the Registry, so the Registry answers for all sources at once.
    /// </summary>
    public bool Involves(string department, DateOnly today) =>
        Assignments.Any(a => a.DepartmentCode == department && a.From <= today && (a.To is null || a.To >= today));

    /// <summary>The same rule as a query, beside it, for the statements that narrow to a caseload in the database.</summary>
    public static System.Linq.Expressions.Expression<Func<ContactAssignment, bool>> InForceOn(DateOnly today) =>
        a => a.From <= today && (a.To == null || a.To >= today);
}
