using JobMatch.Data;
using JobMatch.Graph.Access;

namespace JobMatch.Graph.Plans;

/// <summary>One goal or activity on a citizen's combined time line, with the department and category it belongs to.</summary>
public sealed record PlanEntry(
    Guid CitizenId,
    DateOnly Date,
    DateOnly? EndDate,
    string Department,
    PlanEntryKind Kind,
    string Title,
    PlanStatus Status,
    DataCategory Category);
