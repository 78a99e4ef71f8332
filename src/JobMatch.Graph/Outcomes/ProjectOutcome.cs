namespace JobMatch.Graph.Outcomes;

/// <summary>What a project achieved, as counts small enough groups never show.</summary>
public sealed record ProjectOutcome(
    string ProjectCode,
    bool Suppressed,
    int? Participants,
    Share? EmployedAtEnrollment,
    Share? EmployedNow,
    IReadOnlyList<StepOutcome> Steps);

/// <summary>A count and its share of the participants; null where it would identify fewer than the minimum.</summary>
public sealed record Share(int Count, double Percent);

/// <summary>How many participants reached a step.</summary>
public sealed record StepOutcome(int Order, string Name, int? Reached);
