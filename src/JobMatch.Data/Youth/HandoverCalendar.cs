namespace JobMatch.Data.Youth;

/// <summary>
/// The dates of a young person's handover from BUF to the adult departments, as the handicap policy 2011–12 (3.2.2)
/// sets them: the case is handed over from about 17 years and 2 months, and a plan for and with the young person,
/// covering the social and the employment effort, is agreed no later than six months before the 18th birthday.
/// Pure, so the worklist, the access rules and the seed read the same dates.
/// </summary>
public static class HandoverCalendar
{
    /// <summary>How long after the case moved the handover stays open, so both sides can follow it up.</summary>
    public const int MonthsOpenAfterHandover = 3;

    /// <summary>How long after the 18th birthday a case that has not moved stays on the worklist.</summary>
    public const int MonthsOpenAfterEighteen = 6;

    /// <summary>A young person appears on the worklist from the 17th birthday.</summary>
    public static DateOnly ListedFrom(DateOnly birthDate) => birthDate.AddYears(17);

    /// <summary>The handover is due from 17 years and 2 months.</summary>
    public static DateOnly DueFrom(DateOnly birthDate) => birthDate.AddYears(17).AddMonths(2);

    /// <summary>The plan is agreed no later than six months before the 18th birthday (17½).</summary>
    public static DateOnly PlanDueBy(DateOnly birthDate) => EighteenOn(birthDate).AddMonths(-6);

    public static DateOnly EighteenOn(DateOnly birthDate) => birthDate.AddYears(18);

    /// <summary>The plan a handover follows: the latest one started that is not cancelled.</summary>
    public static TransitionPlan? CurrentPlan(IEnumerable<TransitionPlan> plans) =>
        plans.Where(p => p.Status != PlanStatus.Cancelled).MaxBy(p => (p.StartedOn, p.Id));

    /// <summary>The departments the plan names as receiving.</summary>
    public static IReadOnlyList<string> ReceivingOf(TransitionPlan plan) =>
        plan.ReceivingDepartments.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// The last day the handover is open: three months after the case moved, or, while it has not, six months after
    /// the planned transfer (a case that has not moved by then is BUF's alone to sort out).
    /// </summary>
    public static DateOnly OpenUntil(TransitionPlan plan) =>
        plan.HandedOverOn is { } on ? on.AddMonths(MonthsOpenAfterHandover) : plan.PlannedTransferOn.AddMonths(MonthsOpenAfterEighteen);

    /// <summary>Whether the plan's handover is open on <paramref name="today"/>: started, not cancelled, and not long past.</summary>
    public static bool IsOpen(TransitionPlan plan, DateOnly today) =>
        plan.Status != PlanStatus.Cancelled && plan.StartedOn <= today && today <= OpenUntil(plan);

    /// <summary>The last day a young person is on the worklist: while the plan's handover is open, or to 18½ without a plan.</summary>
    public static DateOnly ListedUntil(DateOnly birthDate, TransitionPlan? plan) =>
        plan is null ? EighteenOn(birthDate).AddMonths(MonthsOpenAfterEighteen) : OpenUntil(plan);

    /// <summary>Where the handover stands on <paramref name="today"/>, from the dates alone.</summary>
    public static HandoverState StateOn(DateOnly today, DateOnly birthDate, TransitionPlan? plan)
    {
        if (plan?.HandedOverOn is { } handedOver && handedOver <= today)
            return HandoverState.HandedOver;
        if (plan?.AgreedOn is { } agreed && agreed <= today)
            return HandoverState.PlanAgreed;
        if (today < DueFrom(birthDate))
            return HandoverState.NotDue;
        return today > PlanDueBy(birthDate) ? HandoverState.PlanOverdue : HandoverState.Due;
    }
}

/// <summary>Where a young person's handover from BUF to the adult departments stands.</summary>
public enum HandoverState
{
    /// <summary>Before 17 years and 2 months.</summary>
    NotDue,
    /// <summary>From 17 years and 2 months, with no agreed plan yet.</summary>
    Due,
    /// <summary>Past 17½ with no agreed plan.</summary>
    PlanOverdue,
    /// <summary>The plan is agreed; the case has not moved yet.</summary>
    PlanAgreed,
    /// <summary>The case has moved to the receiving departments.</summary>
    HandedOver,
}
