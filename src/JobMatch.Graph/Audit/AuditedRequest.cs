using JobMatch.Graph.Access;

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
    IReadOnlyCollection<AuditedAccess> Accesses)
{
    /// <summary>
    /// The request as the endpoint collects it today: the stated purpose is free text, so it travels as the note;
    /// a one-word purpose of at most <see cref="Data.Audit.AccessRequest.PurposeLength"/> characters is kept as the code as well.
    /// </summary>
    public static AuditedRequest From(RequestAccess access, string correlationId)
    {
        var viewer = access.Viewer;
        var purpose = access.Purpose?.Trim();
        var code = purpose is { Length: > 0 and <= Data.Audit.AccessRequest.PurposeLength } && !purpose.Any(char.IsWhiteSpace) ? purpose : null;
        return new AuditedRequest(
            correlationId,
            viewer.Subject ?? "anonymous",
            viewer.Name,
            viewer.Department,
            string.Join(",", viewer.Roles.Order()),
            access.OperationName,
            code,
            code is null ? purpose : null,
            access.Entries.Select(e => new AuditedAccess(e.CitizenId, e.Category.ToString(), e.Operation.ToString(), e.Allowed)).ToList());
    }
}

/// <summary>One access in a request: a citizen's category read, written or searched (or denied).</summary>
/// <param name="CitizenId">Null for a search that found nobody.</param>
/// <param name="Operation">"Read", "Write" or "Search".</param>
/// <param name="Criterion">What a search looked for.</param>
/// <param name="OutsideCaseload">The viewer reached a citizen outside their own caseload.</param>
public sealed record AuditedAccess(Guid? CitizenId, string Category, string Operation, bool Allowed, string? Criterion = null, bool OutsideCaseload = false);
