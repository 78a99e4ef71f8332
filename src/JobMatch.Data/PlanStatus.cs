namespace JobMatch.Data;

/// <summary>
/// Where a goal, activity or placement stands. Shared by every source's plans. Only <see cref="Cancelled"/> is a
/// decision a source records; the others follow from a record's dates and the day it is read on
/// (<see cref="PlanDates.StatusOn"/>), so a stored status never outlives its dates.
/// </summary>
public enum PlanStatus
{
    Planned,
    Active,
    Completed,
    Cancelled,
}

/// <summary>Where a dated record stands on a given day.</summary>
public static class PlanDates
{
    /// <summary>
    /// Cancelled stays cancelled; otherwise planned before the first day, completed after the last day (which is
    /// still active), else active.
    /// </summary>
    public static PlanStatus StatusOn(DateOnly today, DateOnly from, DateOnly? to, PlanStatus recorded = PlanStatus.Active) =>
        recorded == PlanStatus.Cancelled ? PlanStatus.Cancelled
        : from > today ? PlanStatus.Planned
        : to is { } end && end < today ? PlanStatus.Completed
        : PlanStatus.Active;

    /// <summary>Whether a period covers the day (both ends included).</summary>
    public static bool Covers(DateOnly today, DateOnly from, DateOnly? to) => from <= today && (to is not { } end || end >= today);
}
