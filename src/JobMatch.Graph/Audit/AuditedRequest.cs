namespace JobMatch.Graph.Audit;

/// <summary>One request as the audit log keeps it: who, as what, why, and each access it made.</summary>
public sealed record AuditedRequest(
    string CorrelationId,
    string Subject,
    string? SubjectName,
    string? Department,
    string Role,
    string? OperationName,
    string? Purpose,
    string? PurposeNote,
    IReadOnlyCollection<AuditedAccess> Accesses);

/// <summary>One access in a request: a citizen's category read, written or searched (or denied).</summary>
/// <param name="CitizenId">Null for a search that found nobody.</param>
/// <param name="Operation">"Read", "Write" or "Search".</param>
/// <param name="Criterion">What a search looked for.</param>
/// <param name="OutsideCaseload">The viewer reached a citizen outside their own caseload.</param>
public sealed record AuditedAccess(Guid? CitizenId, string Category, string Operation, bool Allowed, string? Criterion = null, bool OutsideCaseload = false);
