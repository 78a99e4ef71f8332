namespace JobMatch.Graph.Audit;

/// <summary>One request as the access log keeps it: who asked, why, under which operation, and what it touched.</summary>
public sealed record AuditedRequest(
    string CorrelationId, string Subject, string? SubjectName, string? Department, string Role,
    string? OperationName, string? Purpose, string? PurposeNote, IReadOnlyCollection<AuditedAccess> Accesses);

/// <summary>One citizen and category read, written or searched (no citizen for a search that found nobody).</summary>
public sealed record AuditedAccess(Guid? CitizenId, string Category, string Operation, bool Allowed, string? Criterion = null, bool OutsideCaseload = false);
