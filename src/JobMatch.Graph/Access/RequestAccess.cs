using System.Collections.Concurrent;
using JobMatch.Graph.Requests;
using JobMatch.Graph.Telemetry;

namespace JobMatch.Graph.Access;

/// <summary>
/// The access side of one request: its immutable <see cref="JobMatchRequest"/>, the facts each decision about a
/// citizen needed (loaded once per citizen), the citizens it looked up by CPR, and every citizen and category it
/// read, searched or was denied, which the audit step writes before the response leaves.
/// </summary>
public sealed class RequestAccess(JobMatchRequest request)
{
    private readonly ConcurrentDictionary<AccessEntry, byte> entries = new();
    private readonly ConcurrentDictionary<Guid, CitizenFacts> facts = new();
    private readonly ConcurrentDictionary<Guid, byte> lookedUp = new();
    private readonly ConcurrentDictionary<Guid, Decided> decided = new();
    private readonly ConcurrentDictionary<(Guid, DataCategory), byte> recordedElsewhere = new();
    private int anonymousAsked;

    public JobMatchRequest Request { get; } = request;

    public Auth.Viewer Viewer => Request.Viewer;

    public DateOnly Today => Request.Today;

    /// <summary>Decides with what this request already knows of the citizen; pending when it needs facts not yet loaded.</summary>
    public AccessDecision Decide(DataCategory category, Guid? citizenId)
    {
        if (citizenId is not { } id)
            return AccessPolicy.Decide(Request, category, null, null);
        return facts.TryGetValue(id, out var known) ? Remembered(category, id, known) : AccessPolicy.Decide(Request, category, id, null, lookedUp.ContainsKey(id));
    }

    /// <summary>Decides with facts just loaded, and keeps them for the request's later decisions about the citizen.</summary>
    public AccessDecision Decide(DataCategory category, Guid citizenId, CitizenFacts known)
    {
        facts[citizenId] = known;
        return Remembered(category, citizenId, known);
    }

    /// <summary>
    /// A decision is a pure function of the request, the category, the citizen's facts and whether the request looked
    /// the citizen up; each is made once per request, citizen and category, and again only when the facts it read
    /// have been replaced (the consents loaded beside them) or a look-up has happened since.
    /// </summary>
    private AccessDecision Remembered(DataCategory category, Guid citizenId, CitizenFacts known)
    {
        var looked = lookedUp.ContainsKey(citizenId);
        var earlier = decided.TryGetValue(citizenId, out var found) && ReferenceEquals(found.Facts, known) && found.LookedUp == looked ? found : null;
        if (earlier?.ByCategory[(int)category] is { } remembered)
            return remembered;
        var decision = AccessPolicy.Decide(Request, category, citizenId, known, looked);
        if (!decision.IsPending)
        {
            // One slot per category beside the facts it was decided on: a slot written twice holds the same decision.
            if (earlier is null)
                decided[citizenId] = earlier = new Decided(known, looked);
            earlier.ByCategory[(int)category] = decision;
        }
        return decision;
    }

    private static readonly int Categories = Enum.GetValues<DataCategory>().Max(c => (int)c) + 1;

    /// <summary>The decisions about one citizen made on one set of facts, by category.</summary>
    private sealed class Decided(CitizenFacts facts, bool lookedUp)
    {
        public CitizenFacts Facts { get; } = facts;
        public bool LookedUp { get; } = lookedUp;
        public AccessDecision?[] ByCategory { get; } = new AccessDecision?[Categories];
    }

    public CitizenFacts? FactsOf(Guid citizenId) => facts.GetValueOrDefault(citizenId);

    /// <summary>Keeps facts loaded ahead of the decisions that read them; facts already known are kept as they are.</summary>
    public void Know(Guid citizenId, CitizenFacts known) => facts.TryAdd(citizenId, known);

    /// <summary>Keeps more of a citizen's facts than were known (the consents loaded beside the contact persons), in place of them.</summary>
    public void Learn(Guid citizenId, CitizenFacts known) => facts[citizenId] = known;

    /// <summary>A purpose-bound look-up by CPR found this citizen: identity and contact data open for this request.</summary>
    public void LookedUp(Guid citizenId) => lookedUp[citizenId] = 0;

    /// <summary>Notes one read, write or search (or its denial) for the audit log.</summary>
    public void Record(Guid? citizenId, DataCategory category, bool allowed, AccessOperation operation = AccessOperation.Read, string? criterion = null, bool outsideCaseload = false)
    {
        // A request without a valid token leaves one small record whatever it asks: nobody can flood the log.
        if (!Viewer.IsAuthenticated)
        {
            Interlocked.Exchange(ref anonymousAsked, 1);
            return;
        }
        if (operation == AccessOperation.Read && citizenId is { } citizen && recordedElsewhere.ContainsKey((citizen, category)))
            return;
        var entry = new AccessEntry(citizenId, category, operation, allowed, criterion, outsideCaseload);
        // Most fields record an entry the request already holds: a lock-free look first.
        if (!entries.ContainsKey(entry) && entries.TryAdd(entry, 0))
            JobMatchTelemetry.Decided(category.ToString(), allowed);
    }

    public void Record(Guid citizenId, DataCategory category, AccessDecision decision) =>
        Record(citizenId, category, decision.Allowed, outsideCaseload: decision.OutsideCaseload);

    /// <summary>
    /// Another host recorded this request's read of the category for the citizen: in the federated shape, the department
    /// whose part of the plan the Registry shows. Reads of it here are not recorded again.
    /// </summary>
    public void RecordedElsewhere(Guid citizenId, DataCategory category) => recordedElsewhere[(citizenId, category)] = 0;

    /// <summary>Whether a request without a token asked for personal data (and was refused).</summary>
    public bool AnonymousAsked => Volatile.Read(ref anonymousAsked) == 1;

    public IReadOnlyCollection<AccessEntry> Entries => entries.Keys.ToList();
}

public enum AccessOperation
{
    Read,
    Write,
    Search,
}

/// <summary>One citizen and category touched in a request (no citizen for a search that found nobody).</summary>
public readonly record struct AccessEntry(Guid? CitizenId, DataCategory Category, AccessOperation Operation, bool Allowed, string? Criterion = null, bool OutsideCaseload = false);
