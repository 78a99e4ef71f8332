using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;

namespace JobMatch.Graph.Outcomes;

/// <summary>
/// Turns a project's enrolments and placements into aggregates. A count is shown only when it and its
/// complement both cover at least <see cref="MinimumGroup"/> citizens, so no one can be singled out by
/// subtraction either.
/// </summary>
public static class OutcomeCalculator
{
    public const int MinimumGroup = 5;

    public static ProjectOutcome Calculate(Project project, IReadOnlyList<Enrollment> enrollments, IReadOnlyList<Placement> placements)
    {
        var firstEnrollment = enrollments.GroupBy(e => e.CitizenId).ToDictionary(g => g.Key, g => g.Min(e => e.EnrolledOn));
        var participants = firstEnrollment.Count;
        if (participants < MinimumGroup)
            return new ProjectOutcome(project.Code, true, null, null, null, project.Steps.OrderBy(s => s.Order).Select(s => new StepOutcome(s.Order, s.Name, null)).ToList());

        var paid = placements.Where(p => p.Kind != PlacementKind.Internship && p.Status is PlanStatus.Active or PlanStatus.Completed).ToLookup(p => p.CitizenId);
        var employedAtEnrollment = firstEnrollment.Count(e => paid[e.Key].Any(p => p.From <= e.Value && (p.To is null || p.To >= e.Value)));
        var employedNow = firstEnrollment.Keys.Count(id => paid[id].Any(p => p.Status == PlanStatus.Active));
        var reached = enrollments.SelectMany(e => e.Steps.Select(s => (e.CitizenId, s.StepOrder))).Distinct()
            .GroupBy(x => x.StepOrder).ToDictionary(g => g.Key, g => g.Count());

        return new ProjectOutcome(
            project.Code,
            false,
            participants,
            ShareOf(employedAtEnrollment, participants),
            ShareOf(employedNow, participants),
            project.Steps.OrderBy(s => s.Order).Select(s => new StepOutcome(s.Order, s.Name, Shown(reached.GetValueOrDefault(s.Order), participants))).ToList());
    }

    private static Share? ShareOf(int count, int of) =>
        Shown(count, of) is { } shown ? new Share(shown, Math.Round(100.0 * shown / of, 1)) : null;

    private static int? Shown(int count, int of) => count >= MinimumGroup && of - count >= MinimumGroup ? count : null;
}
