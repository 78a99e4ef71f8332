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
    public static object CombinedPlanFor(this IResolveFieldContext context, Guid citizenId)
    {
        var access = context.Access();
        var decisions = Departments.DetailOf.Values.ToDictionary(c => c, c => access.Decide(c, citizenId));
        if (!decisions.Values.Any(d => d.IsPending))
            return Build(context, access, citizenId, decisions);
        return context.ConsentsOf(citizenId).Then(consents =>
            Build(context, access, citizenId, decisions.Keys.ToDictionary(c => c, c => access.Decide(c, citizenId, consents))));
    }

    private static IDataLoaderResult<CombinedPlanView> Build(IResolveFieldContext context, RequestAccess access, Guid citizenId, Dictionary<DataCategory, AccessDecision> decisions)
    {
        foreach (var (category, decision) in decisions)
            access.Record(citizenId, category, decision.Allowed);
        return context.CombinedPlanOf(citizenId, decisions);
    }

    public static IDataLoaderResult<CombinedPlanView> CombinedPlanOf(this IResolveFieldContext context, Guid citizenId, IReadOnlyDictionary<DataCategory, AccessDecision> decisions)
    {
        var visible = decisions.Where(d => d.Value.Allowed).Select(d => d.Key).ToHashSet();
        var parts = new List<IDataLoaderResult<IEnumerable<PlanEntry>>>();
        void Add<T>(DataCategory category, IDataLoaderResult<IReadOnlyList<T>> rows, Func<T, PlanEntry> entry)
        {
            if (visible.Contains(category))
                parts.Add(rows.Then(list => list.Select(entry)));
        }
        // Sources that fail leave their entries out and are named; the rest of the plan still arrives.
        var unavailable = new SortedSet<string>(StringComparer.Ordinal);

        var today = context.Access().Today;
        PlanStatus On(DateOnly from, DateOnly? to, PlanStatus recorded) => PlanDates.StatusOn(today, from, to, recorded);
        const string bif = Departments.Employment, sof = Departments.Social, suf = Departments.Health, buf = Departments.Youth;
        Add(DataCategory.EmploymentDetail, context.JobGoalsOf(citizenId), g => new(citizenId, g.SetOn, g.TargetDate, bif, PlanEntryKind.JobGoal, g.Text, On(g.SetOn, g.TargetDate, g.Status), DataCategory.EmploymentDetail));
        Add(DataCategory.EmploymentDetail, context.JobActivitiesOf(citizenId), a => new(citizenId, a.From, a.To, bif, PlanEntryKind.JobActivity, $"{a.Title} ({a.Provider})", On(a.From, a.To, a.Status), DataCategory.EmploymentDetail));
        Add(DataCategory.EmploymentDetail, context.PlacementsOf(citizenId), p => new(citizenId, p.From, p.To, bif, PlanEntryKind.Placement, $"{PlacementTitle(p.Kind)}, {p.HoursPerWeek:0.#} timer/uge", On(p.From, p.To, p.Status), DataCategory.EmploymentDetail));
        Add(DataCategory.SocialDetail, context.SocialGoalsOf(citizenId), g => new(citizenId, g.SetOn, g.TargetDate, sof, PlanEntryKind.SocialGoal, $"{g.Area}: {g.Text}", On(g.SetOn, g.TargetDate, g.Status), DataCategory.SocialDetail));
        Add(DataCategory.SocialDetail, context.SocialServicesOf(citizenId), s => new(citizenId, s.From, s.To, sof, PlanEntryKind.SocialService, s.Title, On(s.From, s.To, s.Status), DataCategory.SocialDetail));
        Add(DataCategory.SocialDetail, context.SubstanceTreatmentsOf(citizenId), t => new(citizenId, t.From, t.To, sof, PlanEntryKind.SubstanceTreatment, $"Misbrugsbehandling ({t.Form.ToLowerInvariant()}): {t.Substance}", On(t.From, t.To, t.Status), DataCategory.SocialDetail));
        Add(DataCategory.HealthDetail, context.HealthEpisodesOf(citizenId), e => new(citizenId, e.From, e.To, suf, PlanEntryKind.HealthEpisode, e.Title, On(e.From, e.To, e.Status), DataCategory.HealthDetail));
        Add(DataCategory.YouthDetail, context.EducationsOf(citizenId), e => new(citizenId, e.From, e.ExpectedEnd, buf, PlanEntryKind.Education, $"{e.Programme}, {e.Institution}", On(e.From, e.ExpectedEnd, e.Status), DataCategory.YouthDetail));
        Add(DataCategory.YouthDetail, context.TransitionPlansOf(citizenId), t => new(citizenId, t.StartedOn, t.PlannedTransferOn, buf, PlanEntryKind.TransitionPlan, $"Overgang til voksenområdet ({t.ReceivingDepartments})", On(t.StartedOn, t.PlannedTransferOn, t.Status), DataCategory.YouthDetail));

        return context.ContactAssignmentsOf(citizenId).Then<IReadOnlyList<Data.Registry.ContactAssignment>, CombinedPlanView>(async (contacts, ct) =>
        {
            var entries = new List<PlanEntry>();
            foreach (var part in parts)
            {
                try
                {
                    entries.AddRange(await part.GetResultAsync(ct));
                }
                catch (SourceUnavailableError e)
                {
                    unavailable.Add(e.Unavailable.ToString());
                }
            }
            entries.Sort((a, b) => (a.Date, a.Department, a.Kind, a.Title).CompareTo((b.Date, b.Department, b.Kind, b.Title)));
            // Involvement comes from the Registry's contact persons, so a hidden department is named without reading its source.
            var departments = contacts.Select(c => c.DepartmentCode).Concat(entries.Select(e => e.Department))
                .Where(Departments.IsDepartment).Distinct().Order(StringComparer.Ordinal)
                .Select(d => new PlanDepartment(citizenId, d, decisions[Departments.DetailOf[d]]))
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
