namespace JobMatch.Graph.Audit;

/// <summary>
/// One access record with its request's fields, as accessLog and myAccessLog show it. Init-only properties, not
/// a constructor, so EF Core can still filter and sort on the projection.
/// </summary>
public sealed class AccessLogEntry
{
    public long Id { get; init; }
    public DateTime At { get; init; }
    public required string RequestId { get; init; }
    public required string Subject { get; init; }
    public string? SubjectName { get; init; }
    public string? Department { get; init; }
    public required string Role { get; init; }
    public Guid? CitizenId { get; init; }
    public required string Category { get; init; }
    public required string Operation { get; init; }
    public string? OperationName { get; init; }
    public string? Purpose { get; init; }
    public string? PurposeNote { get; init; }
    public bool Allowed { get; init; }
    public string? Criterion { get; init; }
    public bool OutsideCaseload { get; init; }
    public required string Hash { get; init; }

    /// <summary>The purpose as stated: its code, its note, or both.</summary>
    public string? StatedPurpose => (Purpose, PurposeNote) switch
    {
        (null, null) => null,
        ({ } code, null) => code,
        (null, { } note) => note,
        ({ } code, { } note) => code + ": " + note,
    };
}
