using JobMatch.Data.Registry;

namespace JobMatch.Graph.Outcomes;

/// <summary>A project's participants, their employment at enrolment and on the snapshot's eve, and the steps reached, as published.</summary>
public sealed record ProjectOutcome(
    string ProjectCode,
    bool Suppressed,
    int? Participants,
    Share? EmployedAtEnrollment,
    Share? EmployedNow,
    IReadOnlyList<StepOutcome> Steps)
{
    /// <summary>Reads the figures of a disclosed table; nothing here is counted again.</summary>
    public static ProjectOutcome From(Project project, OutcomeTable table)
    {
        var participants = Disclosure.Publish(table.Total.Participants.Citizens);
        var steps = project.Steps.OrderBy(s => s.Order).ToList();
        return new ProjectOutcome(
            project.Code,
            participants.Count is null,
            participants.Count,
            ShareOf(table.Total.Participants.Moments[0].Employed),
            ShareOf(table.EmployedAtSnapshot),
            steps.Select((s, i) => new StepOutcome(s.Order, s.Name, i < table.StepsReached.Count ? Disclosure.Publish(table.StepsReached[i]).Count : null)).ToList());
    }

    private static Share? ShareOf(Figure figure) =>
        Disclosure.Publish(figure) is { Count: { } count, Percent: { } percent } ? new Share(count, percent) : null;
}

/// <summary>A rounded count and its share of the participants (from rounded counts); null where withheld.</summary>
public sealed record Share(int Count, double Percent);

/// <summary>How many participants reached a step (rounded; null where withheld).</summary>
public sealed record StepOutcome(int Order, string Name, int? Reached);
