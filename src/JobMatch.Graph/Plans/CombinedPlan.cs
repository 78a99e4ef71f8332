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
    public static object CombinedPlanFor(this IResolveFieldContext context, Guid citizenId, PlanQuery? query = null)
    {
        var access = context.Access();
        if (access.FactsOf(citizenId) is { Consents: not null } known)
            return Build(context, access, citizenId, known, query ?? PlanQuery.All);
        // Both batches are asked for at once, so a page of citizens still costs one statement for each.
        var consents = context.ConsentsOf(citizenId);
        return context.ContactAssignmentsOf(citizenId).Then(async (assignments, ct) =>
            Build(context, access, citizenId, new CitizenFacts(assignments, await consents.GetResultAsync(ct)), query ?? PlanQuery.All));
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
        var parts = new List<(string Department, IDataLoaderResult<IEnumerable<PlanEntry>> Entries)>();
        // A department's source is read only when the viewer may see its entries and the caller asked for it.
        void Add<T>(string department, Func<IDataLoaderResult<IReadOnlyList<T>>> rows, Func<T, PlanEntry?> entry)
        {
            if (decisions[Departments.DetailOf[department]].Allowed && query.Reads(department))
                parts.Add((department, rows().Then(list => list.Select(entry).OfType<PlanEntry>())));
        }
        // Sources that fail leave their entries out and are named; the rest of the plan still arrives.
        var unavailable = new SortedSet<string>(StringComparer.Ordinal);

        var today = context.Access().Today;
        PlanStatus On(DateOnly from, DateOnly? to, PlanStatus recorded = PlanStatus.Active) => PlanDates.StatusOn(today, from, to, recorded);
        const string bif = Departments.Employment, sof = Departments.Social, suf = Departments.Health, buf = Departments.Youth;
        const DataCategory employment = DataCategory.EmploymentDetail, social = DataCategory.SocialDetail, health = DataCategory.HealthDetail, youth = DataCategory.YouthDetail;
        Add(bif, () => context.JobGoalsOf(citizenId), g => new(citizenId, g.SetOn, g.TargetDate, bif, PlanEntryKind.JobGoal, g.Text, On(g.SetOn, g.TargetDate, g.Status), employment, NodeTypes.JobGoal, g.Id, g));
        Add(bif, () => context.JobActivitiesOf(citizenId), a => new(citizenId, a.From, a.To, bif, PlanEntryKind.JobActivity, $"{a.Title} ({a.Provider})", On(a.From, a.To, a.Status), employment, NodeTypes.JobActivity, a.Id, a));
        Add(bif, () => context.PlacementsOf(citizenId), p => new(citizenId, p.From, p.To, bif, PlanEntryKind.Placement, $"{PlacementTitle(p.Kind)}, {p.HoursPerWeek:0.#} timer/uge", On(p.From, p.To, p.Status), employment, NodeTypes.Placement, p.Id, p));
        Add(bif, () => context.TargetGroupPeriodsOf(citizenId), t => new(citizenId, t.From, t.To, bif, PlanEntryKind.TargetGroup, $"Målgruppe: {t.TargetGroupCode}", On(t.From, t.To), employment, NodeTypes.TargetGroupPeriod, t.Id, t));
        Add(bif, () => context.BenefitPeriodsOf(citizenId), b => new(citizenId, b.From, b.To, bif, PlanEntryKind.Benefit, $"Ydelse: {b.BenefitCode}", On(b.From, b.To), employment, NodeTypes.BenefitPeriod, b.Id, b));
        Add(sof, () => context.ActionPlansOf(citizenId), p => p.NextReviewOn is { } review
            ? new(citizenId, review, null, sof, PlanEntryKind.PlanReview, "Opfølgning på handleplanen (§ 141)", On(review, review), social, NodeTypes.SocialActionPlan, p.Id, p)
            : null);
        Add(sof, () => context.SocialGoalsOf(citizenId), g => new(citizenId, g.SetOn, g.TargetDate, sof, PlanEntryKind.SocialGoal, $"{g.Area}: {g.Text}", On(g.SetOn, g.TargetDate, g.Status), social, NodeTypes.SocialGoal, g.Id, g));
        Add(sof, () => context.SocialServicesOf(citizenId), s => new(citizenId, s.From, s.To, sof, PlanEntryKind.SocialService, s.Title, On(s.From, s.To, s.Status), social, NodeTypes.SocialService, s.Id, s, s.ProviderCode));
        Add(sof, () => context.SubstanceTreatmentsOf(citizenId), t => new(citizenId, t.From, t.To, sof, PlanEntryKind.SubstanceTreatment, $"Misbrugsbehandling ({t.Form.ToLowerInvariant()}): {t.Substance}", On(t.From, t.To, t.Status), social, NodeTypes.SubstanceTreatment, t.Id, t));
        Add(suf, () => context.HealthEpisodesOf(citizenId), e => new(citizenId, e.From, e.To, suf, PlanEntryKind.HealthEpisode, e.Title, On(e.From, e.To, e.Status), health, NodeTypes.HealthEpisode, e.Id, e));
        Add(buf, () => context.EducationsOf(citizenId), e => new(citizenId, e.From, e.ExpectedEnd, buf, PlanEntryKind.Education, $"{e.Programme}, {e.Institution}", On(e.From, e.ExpectedEnd, e.Status), youth, NodeTypes.YouthEducation, e.Id, e));
        Add(buf, () => context.TransitionPlansOf(citizenId), t => new(citizenId, t.StartedOn, t.PlannedTransferOn, buf, PlanEntryKind.TransitionPlan, $"Overgang til voksenområdet ({t.ReceivingDepartments})", On(t.StartedOn, t.PlannedTransferOn, t.Status), youth, NodeTypes.TransitionPlan, t.Id, t));

        return context.ContactAssignmentsOf(citizenId).Then<IReadOnlyList<Data.Registry.ContactAssignment>, CombinedPlanView>(async (contacts, ct) =>
        {
            var all = new List<PlanEntry>();
            foreach (var (_, part) in parts)
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
            var entries = all.Where(query.Keeps).Select(e => e with { Decisions = decisions }).ToList();
            entries.Sort((a, b) => (a.Date, a.Department, a.Kind, a.Title).CompareTo((b.Date, b.Department, b.Kind, b.Title)));
            // Involvement comes from the Registry's contact persons, so a hidden department is named without reading its source.
            var departments = contacts.Select(c => c.DepartmentCode).Concat(all.Select(e => e.Department))
                .Where(Departments.IsDepartment).Distinct().Order(StringComparer.Ordinal)
                .Select(d => new PlanDepartment(citizenId, d, decisions[Departments.DetailOf[d]], PlanHeader.Of(d, all)))
                .ToList();
            return new CombinedPlanView(entries, departments, unavailable.ToList());
        });
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
