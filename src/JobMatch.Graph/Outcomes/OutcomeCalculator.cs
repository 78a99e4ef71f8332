using System.Globalization;

namespace JobMatch.Graph.Outcomes;

/// <summary>
/// Counts what happened to participants and their comparison group, from subjects already cut to the snapshot:
/// at each chosen number of months after a citizen's index date, counting only the citizens observed that long.
/// It counts true values; <see cref="Disclosure"/> decides what of them is published.
/// </summary>
public static class OutcomeCalculator
{
    /// <summary>The times after the index date measured unless the analyst chooses others: at enrolment, then 6, 12 and 24 months on.</summary>
    public static readonly IReadOnlyList<int> DefaultMonths = [0, 6, 12, 24];

    public static OutcomeTable Calculate(IReadOnlyList<OutcomeSubject> subjects, DateOnly snapshot, IReadOnlyList<int> months, int steps = 0)
    {
        // The index date itself is always measured: it is the group's size and its "before".
        var measured = months.Prepend(0).Distinct().Order().ToList();
        var participants = subjects.Where(s => s.Participant).ToList();
        var lastDay = snapshot.AddDays(-1);
        return new OutcomeTable(
            snapshot,
            measured,
            Cell("ALL", subjects, snapshot, measured, withComparison: true),
            new Dictionary<OutcomeDimension, IReadOnlyList<OutcomeCell>>
            {
                [OutcomeDimension.Quarter] = Breakdown(subjects, s => QuarterOf(s.IndexDate), snapshot, measured, withComparison: true),
                [OutcomeDimension.District] = Breakdown(subjects, s => s.District ?? "UNKNOWN", snapshot, measured, withComparison: true),
                [OutcomeDimension.TargetGroup] = Breakdown(subjects, s => s.TargetGroup ?? "NONE", snapshot, measured, withComparison: true),
                [OutcomeDimension.ReferringDepartment] = Breakdown(participants, s => s.ReferringDepartment ?? "OTHER", snapshot, measured, withComparison: false),
            },
            Enumerable.Range(1, steps).Select(step => Figure.Share(participants.Count(p => p.StepsReached >= step), participants.Count)).ToList(),
            Figure.Share(participants.Count(p => p.WorksOn(lastDay)), participants.Count));
    }

    public static string QuarterOf(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{day.Year}-Q{(day.Month + 2) / 3}");

    private static List<OutcomeCell> Breakdown(IReadOnlyList<OutcomeSubject> subjects, Func<OutcomeSubject, string> keyOf, DateOnly snapshot, IReadOnlyList<int> months, bool withComparison) =>
        subjects.GroupBy(keyOf).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Cell(g.Key, g.ToList(), snapshot, months, withComparison)).ToList();

    private static OutcomeCell Cell(string key, IReadOnlyList<OutcomeSubject> subjects, DateOnly snapshot, IReadOnlyList<int> months, bool withComparison) =>
        new(key,
            Group(subjects.Where(s => s.Participant).ToList(), snapshot, months),
            withComparison ? Group(subjects.Where(s => !s.Participant).ToList(), snapshot, months) : null);

    private static OutcomeGroup Group(IReadOnlyList<OutcomeSubject> group, DateOnly snapshot, IReadOnlyList<int> months) =>
        new(months.Select(m => Moment(group, snapshot, m)).ToList());

    private static OutcomeMoment Moment(IReadOnlyList<OutcomeSubject> group, DateOnly snapshot, int months)
    {
        // Only citizens whose moment lies before the snapshot are observed at it.
        var observed = group.Select(s => (Subject: s, Day: s.IndexDate.AddMonths(months))).Where(x => x.Day < snapshot).ToList();
        var n = observed.Count;
        var working = observed.Where(x => x.Subject.WorksOn(x.Day)).ToList();
        return new OutcomeMoment(
            months,
            Figure.Population(n),
            Figure.Share(working.Count, n),
            Figure.Mean(working.Sum(x => x.Subject.HoursOn(x.Day)), working.Count, n),
            Enum.GetValues<SupportKind>().ToDictionary(kind => kind, kind => Figure.Share(observed.Count(x => x.Subject.UsesOn(kind, x.Day)), n)));
    }
}
