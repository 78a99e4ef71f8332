namespace JobMatch.Data.Seeding;

/// <summary>
/// Hand-written young people in BUF's care, one in each state of the handover to the adult departments, with
/// fixed ids. Their birth dates lie at fixed distances before the seed's day, so on any day they are in the same
/// state (their CPR numbers follow from the birth dates and so change with the day).
/// </summary>
public static class DemoYouth
{
    /// <summary>Freja, 17 years and 1 month, in STU; no transition plan yet (BUF).</summary>
    public static readonly Guid NotDue = new("c0000000-0000-4000-8000-000000000101");

    /// <summary>Noah, 17 years and 4 months: handover due, plan started naming BIF and SOF, not yet agreed; his consent lets BIF read BUF's detail for YOUTH_TRANSITION (BUF).</summary>
    public static readonly Guid Due = new("c0000000-0000-4000-8000-000000000102");

    /// <summary>Ida, 17 years and 9 months: past 17½ with no agreed plan; the plan names BIF; no consents (BUF).</summary>
    public static readonly Guid PlanOverdue = new("c0000000-0000-4000-8000-000000000103");

    /// <summary>Oliver, 17 years and 11 months: plan agreed, naming SOF only, which has planned support from his 18th birthday (BUF, SOF from then).</summary>
    public static readonly Guid PlanAgreed = new("c0000000-0000-4000-8000-000000000104");

    /// <summary>Clara, 18 years and 1 month: handed over to BIF on her 18th birthday; BIF is her contact now (BIF; BUF until the handover).</summary>
    public static readonly Guid HandedOver = new("c0000000-0000-4000-8000-000000000105");

    /// <summary>Viktor, 18 years and 7 months: handed over to SOF seven months ago, so his handover is closed; the plan also named BIF, which never took the case up (SOF; BUF until the handover).</summary>
    public static readonly Guid PastHandover = new("c0000000-0000-4000-8000-000000000106");

    public static IReadOnlyList<Guid> All { get; } = [NotDue, Due, PlanOverdue, PlanAgreed, HandedOver, PastHandover];
}
