namespace JobMatch.Graph.Outcomes;

/// <summary>
/// What the calculator counts for a project or a target group: the whole population and each breakdown, each
/// cell split into participants and their comparison group. Every number in it is a <see cref="Figure"/>, and
/// none reaches an analyst before <see cref="Disclosure.Apply"/> has judged it.
/// </summary>
public sealed record OutcomeTable(
    DateOnly Snapshot,
    IReadOnlyList<int> Months,
    OutcomeCell Total,
    IReadOnlyDictionary<OutcomeDimension, IReadOnlyList<OutcomeCell>> Breakdowns,
    IReadOnlyList<Figure> StepsReached,
    Figure EmployedAtSnapshot)
{
    /// <summary>Every figure, for disclosure control and for tests that walk them.</summary>
    public IEnumerable<Figure> Figures =>
        new[] { Total }.Concat(Breakdowns.Values.SelectMany(c => c)).SelectMany(c => c.Figures)
            .Concat(StepsReached).Append(EmployedAtSnapshot);
}

/// <summary>One cell of a breakdown (or the total): its participants and, where the dimension applies to them, its comparison group.</summary>
public sealed record OutcomeCell(string Key, OutcomeGroup Participants, OutcomeGroup? Comparison)
{
    public IEnumerable<Figure> Figures => Participants.Figures.Concat(Comparison?.Figures ?? []);
}

/// <summary>A group of citizens measured at each chosen number of months after their index date.</summary>
public sealed record OutcomeGroup(IReadOnlyList<OutcomeMoment> Moments)
{
    /// <summary>The citizens in the group: those measured on their index date.</summary>
    public Figure Citizens => Moments[0].Citizens;

    public IEnumerable<Figure> Figures => Moments.SelectMany(m => m.Figures);
}

/// <summary>
/// A group at one time after its index date: the citizens observed that long (the snapshot lies beyond it), how
/// many were in paid work, their average weekly hours (zero for those out of work), and how many used each kind
/// of support then.
/// </summary>
public sealed record OutcomeMoment(int MonthsAfter, Figure Citizens, Figure Employed, Figure HoursPerWeek, IReadOnlyDictionary<SupportKind, Figure> Support)
{
    public IEnumerable<Figure> Figures => new[] { Citizens, Employed, HoursPerWeek }.Concat(Support.Values);
}

/// <summary>What an outcome can be broken down by.</summary>
public enum OutcomeDimension
{
    /// <summary>The quarter of the index date (enrolment for participants), e.g. 2025-Q3.</summary>
    Quarter,
    /// <summary>The citizen's district (bydel).</summary>
    District,
    /// <summary>The target group the citizen was in on the index date.</summary>
    TargetGroup,
    /// <summary>The department whose unit referred the participant; the comparison group was referred by no one.</summary>
    ReferringDepartment,
}
