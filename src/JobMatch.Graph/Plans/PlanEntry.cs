using JobMatch.Data;
using JobMatch.Graph.Access;

namespace JobMatch.Graph.Plans;

/// <summary>
/// One goal, activity, plan date or case change on a citizen's combined time line, with the department and
/// category it belongs to and the record it comes from (<paramref name="Source"/>, refetchable as a node).
/// </summary>
public sealed record PlanEntry(
    Guid CitizenId,
    DateOnly Date,
    DateOnly? EndDate,
    string Department,
    PlanEntryKind Kind,
    string Title,
    PlanStatus Status,
    DataCategory Category,
    string NodeType,
    Guid SourceId,
    object Source,
    string? UnitCode = null)
{
    /// <summary>The request's decisions on each department's detail for the citizen, as the plan was built with them.</summary>
    public IReadOnlyDictionary<DataCategory, AccessDecision>? Decisions { get; internal set; }

    /// <summary>The goal's links as the departments' parts gave them, where the plan was composed of parts; else null (read when asked).</summary>
    public IReadOnlyList<PlanGoalLink>? ComposedLinks { get; init; }

    /// <summary>Whether the viewer sees the department's entries on this plan.</summary>
    public bool VisibleTo(string department) => Decisions is { } d && d.TryGetValue(Departments.DetailOf[department], out var decision) && decision.Allowed;
}

/// <summary>What to put on the time line: entries overlapping [From, To], of these departments, kinds and statuses (null: all).</summary>
public sealed record PlanQuery(DateOnly? From, DateOnly? To, IReadOnlyCollection<string>? Departments, IReadOnlyCollection<PlanEntryKind>? Kinds, IReadOnlyCollection<PlanStatus>? Statuses)
{
    public static readonly PlanQuery All = new(null, null, null, null, null);

    public bool Reads(string department) => Departments is null || Departments.Contains(department);

    public bool Keeps(PlanEntry entry) =>
        (Kinds is null || Kinds.Contains(entry.Kind))
        && (Statuses is null || Statuses.Contains(entry.Status))
        && (To is not { } to || entry.Date <= to)
        && (From is not { } from || (entry.EndDate ?? DateOnly.MaxValue) >= from);
}
