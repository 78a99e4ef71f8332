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
        // A department's source is read only when the viewer may see its entries and the caller asked for it.
        var parts = Departments.All
            .Where(department => decisions[Departments.DetailOf[department]].Allowed && query.Reads(department))
            .SelectMany(department => context.RowsOf(citizenId, department, decisions))
            .ToList();

        var contactsOf = context.ContactAssignmentsOf(citizenId);
        // Every part read already (a page's prefetch): the plan is known at once. A part that failed is never known.
        if (contactsOf.TryKnown(out var known) && parts.TrueForAll(DataLoaderResults.IsKnown))
        {
            var read = new List<PlanEntry>();
            foreach (var part in parts)
            {
                part.TryKnown(out var entries);
                read.AddRange(entries);
            }
            return DataLoaderResults.Completed(Compose(citizenId, known, read, [], decisions, query, header: d => PlanHeader.Of(d, read)));
        }
        var (errors, path) = (context.Errors, context.ResponsePath.ToList());
        return contactsOf.Then<IReadOnlyList<Data.Registry.ContactAssignment>, CombinedPlanView>(async (contacts, ct) =>
        {
            var (all, unavailable) = await ReadAsync(parts, ct);
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
        IEnumerable<string> unavailable, IReadOnlyDictionary<DataCategory, AccessDecision> decisions, PlanQuery query, Func<string, PlanHeader?> header)
    {
        // Entries read here were made with these decisions; a department's part (the federated shape) is given them now.
        var entries = all.Where(query.Keeps).Select(e => ReferenceEquals(e.Decisions, decisions) ? e : e with { Decisions = decisions }).ToList();
        entries.Sort((a, b) => (a.Date, a.Department, a.Kind, a.Title).CompareTo((b.Date, b.Department, b.Kind, b.Title)));
        var departments = contacts.Select(c => c.DepartmentCode).Concat(all.Select(e => e.Department))
            .Where(Departments.IsDepartment).Distinct().Order(StringComparer.Ordinal)
            .Select(d => new PlanDepartment(citizenId, d, decisions[Departments.DetailOf[d]], header(d)))
            .ToList();
        return new CombinedPlanView(entries, departments, unavailable.Distinct().Order(StringComparer.Ordinal).ToList());
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

    private static IEnumerable<PlanEntry> EntriesOf<T>(IReadOnlyList<T> rows, Func<T, PlanEntry?> entry, IReadOnlyDictionary<DataCategory, AccessDecision>? decisions)
    {
        var entries = new List<PlanEntry>(rows.Count);
        foreach (var row in rows)
        {
            if (entry(row) is { } made)
            {
                // Made with the viewer's decisions where the caller has them, rather than copied later to take them.
                made.Decisions = decisions;
                entries.Add(made);
            }
        }
        return entries;
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
        foreach (var department in Departments.All)
        {
            if (access.Decide(Departments.DetailOf[department], citizenId).Allowed)
                context.RowsOf(citizenId, department, loads: loads);
        }
    }

    /// <summary>One department's plan entries for the citizen, one batched read per kind of record, started at once.</summary>
    /// <remarks>
    /// Entries are made with <paramref name="decisions"/>, the viewer's on each department's detail, where the caller has them.
    /// With <paramref name="loads"/>, only the loads are asked, into it, and no entries are made: the page's prefetch
    /// reads this same list, so it cannot drift from what the plan reads.
    /// </remarks>
    internal static IReadOnlyList<IDataLoaderResult<IEnumerable<PlanEntry>>> RowsOf(this IResolveFieldContext context, Guid citizenId, string department,
        IReadOnlyDictionary<DataCategory, AccessDecision>? decisions = null, ICollection<IDataLoaderResult>? loads = null)
    {
        var parts = new List<IDataLoaderResult<IEnumerable<PlanEntry>>>(loads is null ? 5 : 0);
        void Add<T>(IDataLoaderResult<IReadOnlyList<T>> rows, Func<T, PlanEntry?> entry)
        {
            if (loads is not null)
                loads.Add(rows);
            else
                parts.Add(rows.Then(list => EntriesOf(list, entry, decisions)));
        }

        var today = context.Access().Today;
        PlanStatus On(DateOnly from, DateOnly? to, PlanStatus recorded = PlanStatus.Active) => PlanDates.StatusOn(today, from, to, recorded);
        const string bif = Departments.Employment, sof = Departments.Social, suf = Departments.Health, buf = Departments.Youth;
        const DataCategory employment = DataCategory.EmploymentDetail, social = DataCategory.SocialDetail, health = DataCategory.HealthDetail, youth = DataCategory.YouthDetail;
        switch (department)
        {
            case bif:
                Add(context.JobGoalsOf(citizenId), g => new(citizenId, g.SetOn, g.TargetDate, bif, PlanEntryKind.JobGoal, g.Text, On(g.SetOn, g.TargetDate, g.Status), employment, NodeTypes.JobGoal, g.Id, g));
                Add(context.JobActivitiesOf(citizenId), a => new(citizenId, a.From, a.To, bif, PlanEntryKind.JobActivity, $"{a.Title} ({a.Provider})", On(a.From, a.To, a.Status), employment, NodeTypes.JobActivity, a.Id, a));
                Add(context.PlacementsOf(citizenId), p => new(citizenId, p.From, p.To, bif, PlanEntryKind.Placement, $"{PlacementTitle(p.Kind)}, {p.HoursPerWeek:0.#} timer/uge", On(p.From, p.To, p.Status), employment, NodeTypes.Placement, p.Id, p));
                Add(context.TargetGroupPeriodsOf(citizenId), t => new(citizenId, t.From, t.To, bif, PlanEntryKind.TargetGroup, $"Målgruppe: {t.TargetGroupCode}", On(t.From, t.To), employment, NodeTypes.TargetGroupPeriod, t.Id, t));
                Add(context.BenefitPeriodsOf(citizenId), b => new(citizenId, b.From, b.To, bif, PlanEntryKind.Benefit, $"Ydelse: {b.BenefitCode}", On(b.From, b.To), employment, NodeTypes.BenefitPeriod, b.Id, b));
                break;
            case sof:
                Add(context.ActionPlansOf(citizenId), p => p.NextReviewOn is { } review
                    ? new(citizenId, review, null, sof, PlanEntryKind.PlanReview, "Opfølgning på handleplanen (§ 141)", On(review, review), social, NodeTypes.SocialActionPlan, p.Id, p)
                    : null);
                Add(context.SocialGoalsOf(citizenId), g => new(citizenId, g.SetOn, g.TargetDate, sof, PlanEntryKind.SocialGoal, $"{g.Area}: {g.Text}", On(g.SetOn, g.TargetDate, g.Status), social, NodeTypes.SocialGoal, g.Id, g));
                Add(context.SocialServicesOf(citizenId), s => new(citizenId, s.From, s.To, sof, PlanEntryKind.SocialService, s.Title, On(s.From, s.To, s.Status), social, NodeTypes.SocialService, s.Id, s, s.ProviderCode));
                Add(context.SubstanceTreatmentsOf(citizenId), t => new(citizenId, t.From, t.To, sof, PlanEntryKind.SubstanceTreatment, $"Misbrugsbehandling ({t.Form.ToLowerInvariant()}): {t.Substance}", On(t.From, t.To, t.Status), social, NodeTypes.SubstanceTreatment, t.Id, t));
                break;
            case suf:
                Add(context.HealthEpisodesOf(citizenId), e => new(citizenId, e.From, e.To, suf, PlanEntryKind.HealthEpisode, e.Title, On(e.From, e.To, e.Status), health, NodeTypes.HealthEpisode, e.Id, e));
                break;
            case buf:
                Add(context.EducationsOf(citizenId), e => new(citizenId, e.From, e.ExpectedEnd, buf, PlanEntryKind.Education, $"{e.Programme}, {e.Institution}", On(e.From, e.ExpectedEnd, e.Status), youth, NodeTypes.YouthEducation, e.Id, e));
                Add(context.TransitionPlansOf(citizenId), t => new(citizenId, t.StartedOn, t.PlannedTransferOn, buf, PlanEntryKind.TransitionPlan, $"Overgang til voksenområdet ({t.ReceivingDepartments})", On(t.StartedOn, t.PlannedTransferOn, t.Status), youth, NodeTypes.TransitionPlan, t.Id, t));
                break;
        }
        return parts;
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
