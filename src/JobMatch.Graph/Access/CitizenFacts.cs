using JobMatch.Data.Registry;
using JobMatch.Data.Youth;

namespace JobMatch.Graph.Access;

/// <summary>
/// What a decision about one citizen needs from the sources: which departments are involved (their contact
/// assignments) and, when a decision turns on them, the citizen's consents and transition plans (null until loaded).
/// </summary>
public sealed record CitizenFacts(IReadOnlyList<ContactAssignment> Assignments, IReadOnlyList<Consent>? Consents = null, IReadOnlyList<TransitionPlan>? TransitionPlans = null)
{
    /// <summary>
    /// The need-to-know rule, in one place: a department is involved with a citizen on a day when one of its
    /// employees is the citizen's contact person that day. Every case a department opens names a contact person
    /// in the Registry, so the Registry answers for all sources at once.
    /// </summary>
    public bool Involves(string department, DateOnly today)
    {
        // A loop rather than Any: every guarded field of every citizen asks, and a lambda would be allocated each time.
        foreach (var a in Assignments)
        {
            if (a.DepartmentCode == department && a.From <= today && (a.To is null || a.To >= today))
                return true;
        }
        return false;
    }

    /// <summary>The same rule as a query, beside it, for the statements that narrow to a caseload in the database.</summary>
    public static System.Linq.Expressions.Expression<Func<ContactAssignment, bool>> InForceOn(DateOnly today) =>
        a => a.From <= today && (a.To == null || a.To >= today);

    /// <summary>
    /// The handover relationship: BUF, and a department the plan names as receiving, take part in the handover of the
    /// young person's case while it is open (<see cref="HandoverCalendar.IsOpen"/>), whether or not they have a contact
    /// person that day. False until the plans are loaded.
    /// </summary>
    public bool TakesPartInHandover(string department, DateOnly today) =>
        department == Departments.Youth ? HandoverOpen(today) : Receives(department, today);

    /// <summary>Whether an open handover names <paramref name="department"/> as receiving the case.</summary>
    public bool Receives(string department, DateOnly today) =>
        TransitionPlans is { } plans && plans.Any(p => HandoverCalendar.IsOpen(p, today) && HandoverCalendar.ReceivingOf(p).Contains(department, StringComparer.Ordinal));

    private bool HandoverOpen(DateOnly today) => TransitionPlans is { } plans && plans.Any(p => HandoverCalendar.IsOpen(p, today));
}
