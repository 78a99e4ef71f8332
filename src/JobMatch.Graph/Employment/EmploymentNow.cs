using JobMatch.Data;
using JobMatch.Data.Employment;

namespace JobMatch.Graph.Employment;

/// <summary>
/// The BIF records that hold on a given day: the period covering it, the next one to start, the placement the
/// citizen is in. Computed on every request from the request's day, never stored.
/// </summary>
public static class EmploymentNow
{
    /// <summary>The target group period covering the day (the latest to start, should two overlap).</summary>
    public static TargetGroupPeriod? Current(this IEnumerable<TargetGroupPeriod> periods, DateOnly today) =>
        periods.Where(p => PlanDates.Covers(today, p.From, p.To)).MaxBy(p => p.From);

    /// <summary>The next target group period to start after the day, e.g. the reform's group before 2027-01-01.</summary>
    public static TargetGroupPeriod? Upcoming(this IEnumerable<TargetGroupPeriod> periods, DateOnly today) =>
        periods.Where(p => p.From > today).MinBy(p => p.From);

    public static BenefitPeriod? Current(this IEnumerable<BenefitPeriod> periods, DateOnly today) =>
        periods.Where(p => PlanDates.Covers(today, p.From, p.To)).MaxBy(p => p.From);

    public static BenefitPeriod? Upcoming(this IEnumerable<BenefitPeriod> periods, DateOnly today) =>
        periods.Where(p => p.From > today).MinBy(p => p.From);

    /// <summary>
    /// The placement the citizen is in on the day: paid work before an internship, then the most hours, then the
    /// latest to start. A cancelled placement is never current.
    /// </summary>
    public static Placement? Current(this IEnumerable<Placement> placements, DateOnly today) =>
        placements.Where(p => p.Status != PlanStatus.Cancelled && PlanDates.Covers(today, p.From, p.To))
            .OrderBy(p => p.Kind == PlacementKind.Internship)
            .ThenByDescending(p => p.HoursPerWeek)
            .ThenByDescending(p => p.From)
            .FirstOrDefault();

    /// <summary>Whether a job activity is a clarification course (afklaringsforløb), which counts as being in an offer.</summary>
    public static bool IsClarification(this JobActivity activity) =>
        activity.Title.Contains("afklaring", StringComparison.OrdinalIgnoreCase);

    public static bool IsPaidWork(this PlacementKind kind) => kind != PlacementKind.Internship;
}
