using System.Collections.Concurrent;
using JobMatch.Data.Registry;
using JobMatch.Graph.Auth;
using JobMatch.Graph.Telemetry;

namespace JobMatch.Graph.Access;

/// <summary>
/// The access side of one request: who asks, why, and every citizen and category the graph read or denied,
/// which the endpoint writes to the audit log before the response leaves.
/// </summary>
public sealed class RequestAccess(IHttpContextAccessor http, AuthOptions options, Calendar calendar)
{
    private readonly ConcurrentDictionary<AccessEntry, byte> entries = new();
    private Viewer? viewer;

    public Viewer Viewer => viewer ??= http.HttpContext is { } context ? Viewer.From(context.User, options) : Viewer.Anonymous;

    public string? Purpose { get; set; }

    public string? OperationName { get; set; }

    private DateOnly? today;

    /// <summary>The day this request is judged on, read once so a request that spans midnight sees one day.</summary>
    public DateOnly Today => today ??= calendar.Today;

    public AccessDecision Decide(DataCategory category, Guid? citizenId, IReadOnlyList<Consent>? consents = null) =>
        AccessPolicy.Decide(Viewer, category, citizenId, consents, Purpose, Today);

    /// <summary>Notes one read or write (or its denial) of a citizen's category for the audit log.</summary>
    public void Record(Guid citizenId, DataCategory category, bool allowed, AccessOperation operation = AccessOperation.Read)
    {
        var entry = new AccessEntry(citizenId, category, operation, allowed);
        // Most fields record an entry the request already holds: a lock-free look first.
        if (!entries.ContainsKey(entry) && entries.TryAdd(entry, 0))
            JobMatchTelemetry.Decided(category.ToString(), allowed);
    }

    public IReadOnlyCollection<AccessEntry> Entries => entries.Keys.ToList();
}

public enum AccessOperation
{
    Read,
    Write,
}

/// <summary>One citizen and category touched in a request.</summary>
public readonly record struct AccessEntry(Guid CitizenId, DataCategory Category, AccessOperation Operation, bool Allowed);
