using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.DataLoader;
using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Health;
using JobMatch.Data.Social;
using JobMatch.Data.Youth;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Federation;
using JobMatch.Graph.Http;
using JobMatch.Graph.Nodes;

namespace JobMatch.Graph.Plans;

/// <summary>
/// One department's part of a citizen's combined plan, as that department's subgraph serves it to the Registry
/// subgraph in the federated shape (an <c>@inaccessible</c> field of the citizen entity, named in the Registry's
/// <c>@requires</c>). The department decides it with its own guard and records that decision itself; the Registry
/// only displays it. Sent as JSON: the entries carry their source records, which are of a dozen node types, and the
/// Registry shows them through the same graph types the single host does.
/// </summary>
public sealed record PlanPart
{
    /// <summary>The department the part is from; a part speaks for no other department.</summary>
    public required string Department { get; init; }

    /// <summary>Why the department's entries are hidden from this viewer (its own decision); null when they are visible.</summary>
    public string? HiddenBecause { get; init; }

    public List<PlanPartEntry> Entries { get; init; } = [];

    /// <summary>The department's sources that did not answer, by name (e.g. "Health").</summary>
    public List<string> Unavailable { get; init; } = [];

    public PlanHeader? Header { get; init; }

    /// <summary>The goal links this department keeps. Where its entries are hidden, its own goal's id is left out (empty).</summary>
    public List<PlanPartLink> Links { get; init; } = [];
}

/// <summary>An entry as the department shows it, with the record it comes from (as JSON of its source's record type).</summary>
public sealed record PlanPartEntry(DateOnly Date, DateOnly? EndDate, PlanEntryKind Kind, string Title, PlanStatus Status, string NodeType, Guid SourceId, JsonElement Source, string? UnitCode);

/// <summary>A goal link as its department keeps it.</summary>
public sealed record PlanPartLink(string FromDepartment, Guid FromGoalId, string ToDepartment, Guid ToGoalId, DateOnly LinkedOn);

/// <summary>The parts the gateway sent with one citizen's representation to the Registry subgraph (the request's own, never shared).</summary>
public sealed class ReceivedPlanParts
{
    private readonly Dictionary<Guid, IReadOnlyDictionary<string, string?>> parts = [];

    public void Received(Guid citizenId, IReadOnlyDictionary<string, string?> byDepartment)
    {
        lock (parts)
            parts[citizenId] = byDepartment;
    }

    /// <summary>The parts sent with the citizen's representation; null where the citizen was not reached through <c>_entities</c>.</summary>
    public IReadOnlyDictionary<string, string?>? Of(Guid citizenId)
    {
        lock (parts)
            return parts.GetValueOrDefault(citizenId);
    }
}

public static class PlanParts
{
    /// <summary>The citizen field that carries each department's part, and the subgraph that serves it.</summary>
    public static readonly IReadOnlyDictionary<string, (string Field, Subgraph Subgraph, Source Source)> Of = new Dictionary<string, (string, Subgraph, Source)>
    {
        [Departments.Employment] = ("employmentPlanPart", Subgraph.Employment, Source.Employment),
        [Departments.Social] = ("socialPlanPart", Subgraph.Social, Source.Social),
        [Departments.Health] = ("healthPlanPart", Subgraph.Health, Source.Health),
        [Departments.Youth] = ("youthPlanPart", Subgraph.Youth, Source.Youth),
    };

    /// <summary>The record type behind each node type a department puts on the plan: a part's entry of another type, or another department's, is dropped.</summary>
    private static readonly IReadOnlyDictionary<string, (string Department, Type Record)> Records = new Dictionary<string, (string, Type)>
    {
        [NodeTypes.JobGoal] = (Departments.Employment, typeof(JobGoal)),
        [NodeTypes.JobActivity] = (Departments.Employment, typeof(JobActivity)),
        [NodeTypes.Placement] = (Departments.Employment, typeof(Placement)),
        [NodeTypes.TargetGroupPeriod] = (Departments.Employment, typeof(TargetGroupPeriod)),
        [NodeTypes.BenefitPeriod] = (Departments.Employment, typeof(BenefitPeriod)),
        [NodeTypes.SocialActionPlan] = (Departments.Social, typeof(SocialActionPlan)),
        [NodeTypes.SocialGoal] = (Departments.Social, typeof(SocialGoal)),
        [NodeTypes.SocialService] = (Departments.Social, typeof(SocialService)),
        [NodeTypes.SubstanceTreatment] = (Departments.Social, typeof(SubstanceTreatment)),
        [NodeTypes.HealthEpisode] = (Departments.Health, typeof(HealthEpisode)),
        [NodeTypes.YouthEducation] = (Departments.Youth, typeof(YouthEducation)),
        [NodeTypes.TransitionPlan] = (Departments.Youth, typeof(TransitionPlan)),
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // The part travels as a GraphQL string, which the response serializer escapes itself.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// A department subgraph's part of the plan for this viewer. Where the plan itself is refused (involvement), there
    /// is no part and nothing is recorded: the Registry refuses the plan and records that. Otherwise the department
    /// decides its own detail with the facts it reads itself, records the decision, and reads its sources only where
    /// the viewer may see them; its goal links go with the part either way, since a plan names a link to a hidden
    /// department's goal by department only.
    /// </summary>
    public static object PartFor(this IResolveFieldContext context, Guid citizenId, string department) =>
        context.WithFactsOf(citizenId, (access, facts) =>
        {
            if (!access.Decide(DataCategory.Involvement, citizenId, facts).Allowed)
                return DataLoaderResults.Completed<string?>(null);
            var category = Departments.DetailOf[department];
            var decision = access.Decide(category, citizenId, facts);
            access.Record(citizenId, category, decision);
            var rows = decision.Allowed ? context.RowsOf(citizenId, department) : [];
            var links = GoalLinks.KeptBy(context, department, citizenId);
            return DataLoaderResults.FromTask<string?>(async ct =>
            {
                var (entries, unavailable) = await CombinedPlan.ReadAsync(rows, ct);
                var kept = new List<PlanPartLink>();
                if (links is not null)
                {
                    try
                    {
                        kept.AddRange((await links.GetResultAsync(ct)).Where(l => l.EndedOn == null).Select(l => new PlanPartLink(
                            l.FromDepartment, l.FromDepartment == department && !decision.Allowed ? Guid.Empty : l.FromGoalId,
                            l.ToDepartment, l.ToDepartment == department && !decision.Allowed ? Guid.Empty : l.ToGoalId, l.LinkedOn)));
                    }
                    catch (SourceUnavailableError)
                    {
                        // The links' source is down: the entries' source is the same and is named unavailable.
                    }
                }
                var part = new PlanPart
                {
                    Department = department,
                    HiddenBecause = decision.Allowed ? null : decision.Code ?? AccessDecision.NotAuthorized,
                    Entries = entries.Select(e => new PlanPartEntry(e.Date, e.EndDate, e.Kind, e.Title, e.Status, e.NodeType, e.SourceId,
                        JsonSerializer.SerializeToElement(e.Source, e.Source.GetType(), Json), e.UnitCode)).ToList(),
                    Unavailable = unavailable,
                    Header = decision.Allowed ? PlanHeader.Of(department, entries) : null,
                    Links = kept,
                };
                return JsonSerializer.Serialize(part, Json);
            });
        });

    /// <summary>
    /// The Registry subgraph's plan, composed of the parts the departments sent. Involvement and whether each
    /// department is shown as visible are the Registry's own decisions (it records involvement; each department
    /// recorded its own detail). A part's content is only displayed, never decided on: entries of a department the
    /// Registry's guard hides are left out whatever the part says, entries and links are kept only for the part's own
    /// department and this citizen, and a part that did not arrive or cannot be read names its subgraph unavailable.
    /// </summary>
    public static object ComposedPlanFor(this IResolveFieldContext context, Guid citizenId, PlanQuery query)
    {
        var received = context.RequestServices!.GetRequiredService<ReceivedPlanParts>().Of(citizenId);
        return context.WithFactsOf(citizenId, (access, facts) =>
        {
            var involvement = access.Decide(DataCategory.Involvement, citizenId, facts);
            access.Record(citizenId, DataCategory.Involvement, involvement);
            if (!involvement.Allowed)
                throw involvement.ToError();
            var decisions = Departments.DetailOf.Values.ToDictionary(c => c, c => access.Decide(c, citizenId, facts));
            var read = Departments.All.Where(d => decisions[Departments.DetailOf[d]].Allowed && query.Reads(d)).ToHashSet();
            if (received is null)
            {
                // Reached from a root field rather than through _entities, there are no parts: the gateway asks the plan
                // only through _entities (the supergraph composes it in a graph of its own with no root fields), so this
                // is a caller at the subgraph itself, and the plan says its parts are missing.
                context.Errors.Add(new ExecutionError("The departments' parts of the plan did not arrive, so their entries are missing: ask the plan through the gateway, which brings them.")
                {
                    Code = "PLAN_PARTS_MISSING",
                    Path = context.ResponsePath,
                });
                return context.ContactAssignmentsOf(citizenId).Then(contacts => CombinedPlan.Compose(citizenId, contacts, [],
                    read.Select(d => PlanParts.Of[d].Source.ToString()).ToList(), decisions, query, header: _ => null));
            }
            var parts = Departments.All.ToDictionary(d => d, d => Parse(received.GetValueOrDefault(PlanParts.Of[d].Field), d));
            var unavailable = new List<string>();
            var all = new List<PlanEntry>();
            foreach (var department in Departments.All.Where(read.Contains))
            {
                if (parts[department] is not { } part)
                {
                    var (_, subgraph, source) = PlanParts.Of[department];
                    unavailable.Add(source.ToString());
                    context.Errors.Add(new SourceUnavailableError(source, subgraph.ToString(), $"{department}'s part of the combined plan") { Path = context.ResponsePath });
                    continue;
                }
                // The department answered, but a source of its own did not: named, with an error, as the single host does.
                foreach (var down in part.Unavailable.Select(s => Enum.TryParse<Source>(s, out var known) ? known : (Source?)null).OfType<Source>().Distinct())
                {
                    unavailable.Add(down.ToString());
                    var error = SourceUnavailableError.Missing(down, "its entries on the combined plan");
                    error.Path = context.ResponsePath;
                    context.Errors.Add(error);
                }
                // Its detail decision is the department's, recorded there for this request: the Registry's guard on the
                // entries' records takes the same decision and leaves it unrecorded, so the request has one record of it.
                access.RecordedElsewhere(citizenId, Departments.DetailOf[department]);
                if (part.HiddenBecause is null)
                    all.AddRange(part.Entries.Select(e => EntryOf(citizenId, department, e)).OfType<PlanEntry>());
            }
            var links = parts.Values.OfType<PlanPart>().SelectMany(p => p.Links.Where(l => l.FromDepartment == p.Department)).ToList();
            bool Visible(string department, Guid goal) => goal != Guid.Empty && decisions[Departments.DetailOf[department]].Allowed;
            all = all.Select(e => e.Kind is PlanEntryKind.JobGoal or PlanEntryKind.SocialGoal
                ? e with
                {
                    ComposedLinks = links.Where(l => l.FromGoalId == e.SourceId || l.ToGoalId == e.SourceId)
                        .Select(l => l.FromGoalId == e.SourceId
                            ? new PlanGoalLink(GoalLinkDirection.Supports, l.ToDepartment, l.ToGoalId, l.LinkedOn, Visible(l.ToDepartment, l.ToGoalId))
                            : new PlanGoalLink(GoalLinkDirection.SupportedBy, l.FromDepartment, l.FromGoalId, l.LinkedOn, Visible(l.FromDepartment, l.FromGoalId)))
                        .Where(l => Departments.IsDepartment(l.Department))
                        .ToList(),
                }
                : e).ToList();
            return context.ContactAssignmentsOf(citizenId).Then(contacts => CombinedPlan.Compose(citizenId, contacts, all, unavailable, decisions, query,
                header: d => read.Contains(d) && parts[d] is { HiddenBecause: null } part ? part.Header : null));
        });
    }

    private static PlanPart? Parse(string? json, string department)
    {
        if (json is null)
            return null;
        try
        {
            return JsonSerializer.Deserialize<PlanPart>(json, Json) is { } part && part.Department == department ? part : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PlanEntry? EntryOf(Guid citizenId, string department, PlanPartEntry entry)
    {
        if (!Records.TryGetValue(entry.NodeType, out var record) || record.Department != department)
            return null;
        object? source;
        try
        {
            source = entry.Source.Deserialize(record.Record, Json);
        }
        catch (JsonException)
        {
            return null;
        }
        // The record must be this citizen's and the entry's own: a part cannot put another citizen's record on this plan.
        var ids = source?.GetType().GetProperty("Id")?.GetValue(source) is Guid id ? (id, source.GetType().GetProperty("CitizenId")?.GetValue(source) as Guid?) : default;
        if (source is null || ids.id != entry.SourceId || ids.Item2 != citizenId)
            return null;
        return new PlanEntry(citizenId, entry.Date, entry.EndDate, department, entry.Kind, entry.Title, entry.Status, Departments.DetailOf[department], entry.NodeType, entry.SourceId, source, entry.UnitCode);
    }
}
