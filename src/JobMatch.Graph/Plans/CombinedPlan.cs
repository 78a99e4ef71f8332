using GraphQL;
using GraphQL.DataLoader;
using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Employment;
using JobMatch.Graph.Health;
using JobMatch.Graph.Http;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Social;
using JobMatch.Graph.Youth;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Plans;

/// <summary>
/// Builds a citizen's combined plan from the departments' sources whose detail the viewer may see; the others
/// are not read at all. Every load is started before any is awaited, so a page of citizens still costs one
/// statement per kind of record.
/// </summary>
public static class CombinedPlan
{
    /// <summary>
    /// The plan as the viewer may see it: each department's detail is decided per citizen, with the citizen's
    /// consents loaded in one batch when a decision needs them, and recorded for the audit log.
    /// </summary>
    public static object CombinedPlanFor(this IResolveFieldContext context, Guid citizenId, PlanQuery? query = null) =>
        context.WithFactsOf(citizenId, (access, facts) => Build(context, access, citizenId, facts, query ?? PlanQuery.All));

    /// <summary>
    /// Calls <paramref name="then"/> with the citizen's facts (contact persons and consents), loading them in one batch
    /// per level when this request does not hold them yet.
    /// </summary>
    internal static object WithFactsOf<T>(this IResolveFieldContext context, Guid citizenId, Func<RequestAccess, CitizenFacts, IDataLoaderResult<T>> then)
    {
        var access = context.Access();
        if (access.FactsOf(citizenId) is { Consents: not null } known)
            return then(access, known);
        // Both batches are asked for at once, so a page of citizens still costs one statement for each.
        var consents = context.ConsentsOf(citizenId);
        return context.ContactAssignmentsOf(citizenId).Then(async (assignments, ct) =>
            then(access, new CitizenFacts(assignments, await consents.GetResultAsync(ct))));
    }

    private static IDataLoaderResult<CombinedPlanView> Build(IResolveFieldContext context, RequestAccess access, Guid citizenId, CitizenFacts facts, PlanQuery query)
    {
        // The plan names the departments involved, so it is for those who may see involvement; then each
        // department's detail is decided apart.
        var involvement = access.Decide(DataCategory.Involvement, citizenId, facts);
        access.Record(citizenId, DataCategory.Involvement, involvement);
        if (!involvement.Allowed)
            throw involvement.ToError();
        var decisions = Departments.DetailOf.Values.ToDictionary(c => c, c => access.Decide(c, citizenId, facts));
        foreach (var (category, decision) in decisions)
            access.Record(citizenId, category, decision);
        return context.CombinedPlanOf(citizenId, decisions, query);
    }

    public static IDataLoaderResult<CombinedPlanView> CombinedPlanOf(this IResolveFieldContext context, Guid citizenId, IReadOnlyDictionary<DataCategory, AccessDecision> decisions, PlanQuery? query = null)
    {
        query ??= PlanQuery.All;
        var contactsOf = context.ContactAssignmentsOf(citizenId);
        var made = new PlanRowContext(citizenId, context.Access().Today, decisions);
        // A department's source is read only when the viewer may see its entries and the caller asked for it.
        if (contactsOf.TryKnown(out var known))
        {
            // Every part read already (a page's prefetch): the plan is known at once, its entries made straight from the
            // rows into one list. A part that failed is never known.
            var rows = new KnownRows(made);
            context.RowsOf(citizenId, decisions, query, ref rows);
            if (rows.AllKnown)
            {
                var read = rows.Entries;
                return DataLoaderResults.Completed(Compose(citizenId, known, read, [], decisions, query, header: d => PlanHeader.Of(d, read)));
            }
        }
        var parts = new LazyParts(made);
        context.RowsOf(citizenId, decisions, query, ref parts);
        var (errors, path) = (context.Errors, context.ResponsePath.ToList());
        return contactsOf.Then<IReadOnlyList<Data.Registry.ContactAssignment>, CombinedPlanView>(async (contacts, ct) =>
        {
            var (all, unavailable) = await ReadAsync(parts.Parts, ct);
            // The plan arrives without the entries of a source that did not answer; it names the source, and so does an error.
            foreach (var source in unavailable)
            {
                var error = SourceUnavailableError.Missing(Enum.Parse<Source>(source), "its entries on the combined plan");
                error.Path = path;
                errors.Add(error);
            }
            return Compose(citizenId, contacts, all, unavailable, decisions, query, header: d => PlanHeader.Of(d, all));
        });
    }

    /// <summary>
    /// The time line from the entries read: filtered, in order, with every involved department named (from the
    /// Registry's contact persons, so a hidden department is named without reading its source) beside the viewer's
    /// decision on its detail.
    /// </summary>
    internal static CombinedPlanView Compose(Guid citizenId, IReadOnlyList<Data.Registry.ContactAssignment> contacts, IReadOnlyList<PlanEntry> all,
        IReadOnlyList<string> unavailable, IReadOnlyDictionary<DataCategory, AccessDecision> decisions, PlanQuery query, Func<string, PlanHeader?> header)
    {
        // Entries read here were made with these decisions; a department's part (the federated shape) is given them now.
        var entries = new List<PlanEntry>(all.Count);
        foreach (var entry in all)
        {
            if (query.Keeps(entry))
                entries.Add(ReferenceEquals(entry.Decisions, decisions) ? entry : entry with { Decisions = decisions });
        }
        entries.Sort(static (a, b) => (a.Date, a.Department, a.Kind, a.Title).CompareTo((b.Date, b.Department, b.Kind, b.Title)));
        // Departments.Ordered is in code order, so the departments come out sorted without sorting them.
        var departments = new List<PlanDepartment>(2);
        foreach (var department in Departments.Ordered)
        {
            if (Involved(department, contacts, all))
                departments.Add(new PlanDepartment(citizenId, department, decisions[Departments.DetailOf[department]], header));
        }
        return new CombinedPlanView(entries, departments, unavailable.Count == 0 ? [] : unavailable.Distinct().Order(StringComparer.Ordinal).ToList());
    }

    private static bool Involved(string department, IReadOnlyList<Data.Registry.ContactAssignment> contacts, IReadOnlyList<PlanEntry> entries)
    {
        foreach (var contact in contacts)
        {
            if (contact.DepartmentCode == department)
                return true;
        }
        foreach (var entry in entries)
        {
            if (entry.Department == department)
                return true;
        }
        return false;
    }

    /// <summary>Sources that fail leave their entries out and are named; the rest of the plan still arrives.</summary>
    internal static async Task<(List<PlanEntry> Entries, List<string> Unavailable)> ReadAsync(IEnumerable<IDataLoaderResult<IEnumerable<PlanEntry>>> parts, CancellationToken ct)
    {
        var all = new List<PlanEntry>();
        var unavailable = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            try
            {
                all.AddRange(await part.GetResultAsync(ct));
            }
            catch (SourceUnavailableError e)
            {
                unavailable.Add(e.Unavailable.ToString());
            }
        }
        return (all, unavailable.ToList());
    }

    /// <summary>
    /// The loads a citizen's plan reads, for a page to run before its plans resolve: the sources of every department
    /// whose detail the viewer may see, as <see cref="CombinedPlanOf"/> reads them for a plan asked without arguments
    /// (a field with arguments is not prefetched). A department not yet decidable reads nothing here.
    /// </summary>
    internal static void Prefetch(IResolveFieldContext context, Guid citizenId, ICollection<IDataLoaderResult> loads)
    {
        var access = context.Access();
        if (!access.Decide(DataCategory.Involvement, citizenId).Allowed)
            return;
        var asked = new PlanLoads(loads);
        foreach (var department in Departments.All)
        {
            if (access.Decide(Departments.DetailOf[department], citizenId).Allowed)
                context.RowsOf(citizenId, department, ref asked);
        }
    }

    /// <summary>One department's plan entries for the citizen as parts to await, one batched read per kind of record, started at once.</summary>
    internal static IReadOnlyList<IDataLoaderResult<IEnumerable<PlanEntry>>> RowsOf(this IResolveFieldContext context, Guid citizenId, string department)
    {
        var parts = new LazyParts(new PlanRowContext(citizenId, context.Access().Today, null));
        context.RowsOf(citizenId, department, ref parts);
        return parts.Parts;
    }

    /// <summary>What the plan reads: the departments whose entries the viewer may see and the caller asked for.</summary>
    private static void RowsOf<TRows>(this IResolveFieldContext context, Guid citizenId, IReadOnlyDictionary<DataCategory, AccessDecision> decisions, PlanQuery query, ref TRows rows)
        where TRows : struct, IPlanRows
    {
        foreach (var department in Departments.All)
        {
            if (decisions[Departments.DetailOf[department]].Allowed && query.Reads(department))
                context.RowsOf(citizenId, department, ref rows);
        }
    }

    /// <summary>
    /// What one department's plan reads for the citizen, one batched read per kind of record, each handed to
    /// <paramref name="rows"/> with how its records become entries. The plan, its parts and the page's prefetch all read
    /// this one list, so what a page prefetches cannot drift from what the plan reads. The entry makers capture nothing,
    /// so asking costs no allocation beyond the loads.
    /// </summary>
    private static void RowsOf<TRows>(this IResolveFieldContext context, Guid citizenId, string department, ref TRows rows)
        where TRows : struct, IPlanRows
    {
        const string bif = Departments.Employment, sof = Departments.Social, suf = Departments.Health, buf = Departments.Youth;
        const DataCategory employment = DataCategory.EmploymentDetail, social = DataCategory.SocialDetail, health = DataCategory.HealthDetail, youth = DataCategory.YouthDetail;
        switch (department)
        {
            case bif:
                rows.Add(context.JobGoalsOf(citizenId), static (g, c) => new(c.CitizenId, g.SetOn, g.TargetDate, bif, PlanEntryKind.JobGoal, g.Text, c.On(g.SetOn, g.TargetDate, g.Status), employment, NodeTypes.JobGoal, g.Id, g));
                rows.Add(context.JobActivitiesOf(citizenId), static (a, c) => new(c.CitizenId, a.From, a.To, bif, PlanEntryKind.JobActivity, $"{a.Title} ({a.Provider})", c.On(a.From, a.To, a.Status), employment, NodeTypes.JobActivity, a.Id, a));
                rows.Add(context.PlacementsOf(citizenId), static (p, c) => new(c.CitizenId, p.From, p.To, bif, PlanEntryKind.Placement, $"{PlacementTitle(p.Kind)}, {p.HoursPerWeek:0.#} timer/uge", c.On(p.From, p.To, p.Status), employment, NodeTypes.Placement, p.Id, p));
                rows.Add(context.TargetGroupPeriodsOf(citizenId), static (t, c) => new(c.CitizenId, t.From, t.To, bif, PlanEntryKind.TargetGroup, $"Målgruppe: {t.TargetGroupCode}", c.On(t.From, t.To), employment, NodeTypes.TargetGroupPeriod, t.Id, t));
                rows.Add(context.BenefitPeriodsOf(citizenId), static (b, c) => new(c.CitizenId, b.From, b.To, bif, PlanEntryKind.Benefit, $"Ydelse: {b.BenefitCode}", c.On(b.From, b.To), employment, NodeTypes.BenefitPeriod, b.Id, b));
                break;
            case sof:
                rows.Add(context.ActionPlansOf(citizenId), static (p, c) => p.NextReviewOn is { } review
                    ? new(c.CitizenId, review, null, sof, PlanEntryKind.PlanReview, "Opfølgning på handleplanen (§ 141)", c.On(review, review), social, NodeTypes.SocialActionPlan, p.Id, p)
                    : null);
                rows.Add(context.SocialGoalsOf(citizenId), static (g, c) => new(c.CitizenId, g.SetOn, g.TargetDate, sof, PlanEntryKind.SocialGoal, $"{g.Area}: {g.Text}", c.On(g.SetOn, g.TargetDate, g.Status), social, NodeTypes.SocialGoal, g.Id, g));
                rows.Add(context.SocialServicesOf(citizenId), static (s, c) => new(c.CitizenId, s.From, s.To, sof, PlanEntryKind.SocialService, s.Title, c.On(s.From, s.To, s.Status), social, NodeTypes.SocialService, s.Id, s, s.ProviderCode));
                rows.Add(context.SubstanceTreatmentsOf(citizenId), static (t, c) => new(c.CitizenId, t.From, t.To, sof, PlanEntryKind.SubstanceTreatment, $"Misbrugsbehandling ({t.Form.ToLowerInvariant()}): {t.Substance}", c.On(t.From, t.To, t.Status), social, NodeTypes.SubstanceTreatment, t.Id, t));
                break;
            case suf:
                rows.Add(context.HealthEpisodesOf(citizenId), static (e, c) => new(c.CitizenId, e.From, e.To, suf, PlanEntryKind.HealthEpisode, e.Title, c.On(e.From, e.To, e.Status), health, NodeTypes.HealthEpisode, e.Id, e));
                break;
            case buf:
                rows.Add(context.EducationsOf(citizenId), static (e, c) => new(c.CitizenId, e.From, e.ExpectedEnd, buf, PlanEntryKind.Education, $"{e.Programme}, {e.Institution}", c.On(e.From, e.ExpectedEnd, e.Status), youth, NodeTypes.YouthEducation, e.Id, e));
                rows.Add(context.TransitionPlansOf(citizenId), static (t, c) => new(c.CitizenId, t.StartedOn, t.PlannedTransferOn, buf, PlanEntryKind.TransitionPlan, $"Overgang til voksenområdet ({t.ReceivingDepartments})", c.On(t.StartedOn, t.PlannedTransferOn, t.Status), youth, NodeTypes.TransitionPlan, t.Id, t));
                break;
        }
    }

    /// <summary>
    /// Whose entries are made and how: the citizen, the day their statuses are told on, and the viewer's decisions on
    /// each department's detail where the caller has them (entries made with them need not be copied to take them).
    /// </summary>
    private readonly record struct PlanRowContext(Guid CitizenId, DateOnly Today, IReadOnlyDictionary<DataCategory, AccessDecision>? Decisions)
    {
        public PlanStatus On(DateOnly from, DateOnly? to, PlanStatus recorded = PlanStatus.Active) => PlanDates.StatusOn(Today, from, to, recorded);

        /// <summary>Adds the entries <paramref name="entry"/> makes of <paramref name="rows"/> (a record may make none) to <paramref name="into"/>.</summary>
        public void AddEntries<T>(IReadOnlyList<T> rows, Func<T, PlanRowContext, PlanEntry?> entry, List<PlanEntry> into)
        {
            foreach (var row in rows)
            {
                if (entry(row, this) is { } made)
                {
                    made.Decisions = Decisions;
                    into.Add(made);
                }
            }
        }
    }

    /// <summary>What <see cref="RowsOf{TRows}"/> hands each kind of record to.</summary>
    private interface IPlanRows
    {
        void Add<T>(IDataLoaderResult<IReadOnlyList<T>> rows, Func<T, PlanRowContext, PlanEntry?> entry);
    }

    /// <summary>Only the loads, for a page's prefetch: no entries are made.</summary>
    private readonly struct PlanLoads(ICollection<IDataLoaderResult> loads) : IPlanRows
    {
        public void Add<T>(IDataLoaderResult<IReadOnlyList<T>> rows, Func<T, PlanRowContext, PlanEntry?> entry) => loads.Add(rows);
    }

    /// <summary>Each kind of record as a part that maps its rows to entries when they arrive.</summary>
    private struct LazyParts(PlanRowContext made) : IPlanRows
    {
        public List<IDataLoaderResult<IEnumerable<PlanEntry>>> Parts { get; } = new(5);

        public readonly void Add<T>(IDataLoaderResult<IReadOnlyList<T>> rows, Func<T, PlanRowContext, PlanEntry?> entry)
        {
            var context = made;
            Parts.Add(rows.Then(list =>
            {
                var entries = new List<PlanEntry>(list.Count);
                context.AddEntries(list, entry, entries);
                return (IEnumerable<PlanEntry>)entries;
            }));
        }
    }

    /// <summary>The entries of rows already read, made into one list; <see cref="AllKnown"/> turns false at the first kind not read yet.</summary>
    private struct KnownRows(PlanRowContext made) : IPlanRows
    {
        public List<PlanEntry> Entries { get; } = [];

        public bool AllKnown { get; private set; } = true;

        public void Add<T>(IDataLoaderResult<IReadOnlyList<T>> rows, Func<T, PlanRowContext, PlanEntry?> entry)
        {
            if (!AllKnown || !rows.TryKnown(out var list))
            {
                AllKnown = false;
                return;
            }
            made.AddEntries(list, entry, Entries);
        }
    }

    private static string PlacementTitle(PlacementKind kind) => kind switch
    {
        PlacementKind.Internship => "Virksomhedspraktik",
        PlacementKind.WageSubsidy => "Løntilskud",
        PlacementKind.FlexJob => "Fleksjob",
        PlacementKind.ShelteredJob => "Skånejob",
        _ => "Ordinære timer",
    };
}
