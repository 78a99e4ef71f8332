using JobMatch.Data;
using JobMatch.Data.Employment;

namespace JobMatch.Graph.Employment;

/// <summary>Where a citizen stands with the jobcenter on a day.</summary>
public enum EmploymentSituation
{
    /// <summary>Paid work: ordinary hours, fleksjob, løntilskud or skånejob.</summary>
    InPaidWork,
    /// <summary>An offer that is not paid work: virksomhedspraktik or an afklaringsforløb.</summary>
    InOffer,
    /// <summary>A case with the jobcenter (a target group, a benefit or a plan activity now), but neither work nor an offer.</summary>
    NotInWork,
    /// <summary>Nothing with the jobcenter now.</summary>
    NoJobcenterCase,
}

/// <summary>
/// The employment summary every department may read: the situation, since when, the employer, the benefit and
/// the target group, all as they stand on the request's day.
/// </summary>
public sealed record EmploymentStatus(
    EmploymentSituation Situation,
    DateOnly? Since,
    Placement? Placement,
    JobActivity? Offer,
    BenefitPeriod? Benefit,
    TargetGroupPeriod? TargetGroup)
{
    public bool Employed => Situation == EmploymentSituation.InPaidWork;

    public PlacementKind? PlacementKind => Placement?.Kind;

    public decimal? HoursPerWeek => Placement?.HoursPerWeek;

    public static EmploymentStatus On(
        DateOnly today,
        IReadOnlyList<Placement> placements,
        IReadOnlyList<JobActivity> activities,
        IReadOnlyList<BenefitPeriod> benefits,
        IReadOnlyList<TargetGroupPeriod> targetGroups)
    {
        var placement = placements.Current(today);
        var benefit = benefits.Current(today);
        var targetGroup = targetGroups.Current(today);
        var current = activities.Where(a => PlanDates.StatusOn(today, a.From, a.To, a.Status) == PlanStatus.Active).ToList();
        if (placement is { } p && p.Kind.IsPaidWork())
            return new(EmploymentSituation.InPaidWork, p.From, p, null, benefit, targetGroup);
        if (placement is { } internship)
            return new(EmploymentSituation.InOffer, internship.From, internship, null, benefit, targetGroup);
        if (current.Where(a => a.IsClarification()).MinBy(a => a.From) is { } clarification)
            return new(EmploymentSituation.InOffer, clarification.From, null, clarification, benefit, targetGroup);
        if (benefit is not null || targetGroup is not null || current.Count > 0)
        {
            // Out of work since the benefit (or, without one, the target group) began.
            var since = benefit?.From ?? targetGroup?.From ?? current.Min(a => a.From);
            return new(EmploymentSituation.NotInWork, since, null, null, benefit, targetGroup);
        }
        return new(EmploymentSituation.NoJobcenterCase, null, null, null, null, null);
    }
}
