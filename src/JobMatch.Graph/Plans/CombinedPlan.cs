using GraphQL;
using GraphQL.DataLoader;
using JobMatch.Data.Employment;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Employment;
using JobMatch.Graph.Health;
using JobMatch.Graph.Social;
using JobMatch.Graph.Youth;

namespace JobMatch.Graph.Plans;

/// <summary>
/// Builds a citizen's combined plan from the departments' sources whose detail the viewer may see; the others
/// are not read at all. Every load is started before any is awaited, so a page of citizens still costs one
/// statement per kind of record.
/// </summary>
public static class CombinedPlan
{
    public static IDataLoaderResult<CombinedPlanView> CombinedPlanOf(this IResolveFieldContext context, Guid citizenId, IReadOnlySet<DataCategory> visible)
    {
        var parts = new List<IDataLoaderResult<IEnumerable<PlanEntry>>>();
        void Add<T>(DataCategory category, IDataLoaderResult<IReadOnlyList<T>> rows, Func<T, PlanEntry> entry)
        {
            if (visible.Contains(category))
                parts.Add(rows.Then(list => list.Select(entry)));
        }

        const string bif = Departments.Employment, sof = Departments.Social, suf = Departments.Health, buf = Departments.Youth;
        Add(DataCategory.EmploymentDetail, context.JobGoalsOf(citizenId), g => new(citizenId, g.SetOn, g.TargetDate, bif, PlanEntryKind.JobGoal, g.Text, g.Status, DataCategory.EmploymentDetail));
        Add(DataCategory.EmploymentDetail, context.JobActivitiesOf(citizenId), a => new(citizenId, a.From, a.To, bif, PlanEntryKind.JobActivity, $"{a.Title} ({a.Provider})", a.Status, DataCategory.EmploymentDetail));
        Add(DataCategory.EmploymentDetail, context.PlacementsOf(citizenId), p => new(citizenId, p.From, p.To, bif, PlanEntryKind.Placement, $"{PlacementTitle(p.Kind)}, {p.HoursPerWeek:0.#} timer/uge", p.Status, DataCategory.EmploymentDetail));
        Add(DataCategory.SocialDetail, context.SocialGoalsOf(citizenId), g => new(citizenId, g.SetOn, g.TargetDate, sof, PlanEntryKind.SocialGoal, $"{g.Area}: {g.Text}", g.Status, DataCategory.SocialDetail));
        Add(DataCategory.SocialDetail, context.SocialServicesOf(citizenId), s => new(citizenId, s.From, s.To, sof, PlanEntryKind.SocialService, s.Title, s.Status, DataCategory.SocialDetail));
        Add(DataCategory.SocialDetail, context.SubstanceTreatmentsOf(citizenId), t => new(citizenId, t.From, t.To, sof, PlanEntryKind.SubstanceTreatment, $"Misbrugsbehandling ({t.Form.ToLowerInvariant()}): {t.Substance}", t.Status, DataCategory.SocialDetail));
        Add(DataCategory.HealthDetail, context.HealthEpisodesOf(citizenId), e => new(citizenId, e.From, e.To, suf, PlanEntryKind.HealthEpisode, e.Title, e.Status, DataCategory.HealthDetail));
        Add(DataCategory.YouthDetail, context.EducationsOf(citizenId), e => new(citizenId, e.From, e.ExpectedEnd, buf, PlanEntryKind.Education, $"{e.Programme}, {e.Institution}", e.Status, DataCategory.YouthDetail));
        Add(DataCategory.YouthDetail, context.TransitionPlansOf(citizenId), t => new(citizenId, t.StartedOn, t.PlannedTransferOn, buf, PlanEntryKind.TransitionPlan, $"Overgang til voksenområdet ({t.ReceivingDepartments})", t.Status, DataCategory.YouthDetail));

        return context.ContactAssignmentsOf(citizenId).Then<IReadOnlyList<Data.Registry.ContactAssignment>, CombinedPlanView>(async (contacts, ct) =>
        {
            var entries = new List<PlanEntry>();
            foreach (var part in parts)
                entries.AddRange(await part.GetResultAsync(ct));
            entries.Sort((a, b) => (a.Date, a.Department, a.Kind, a.Title).CompareTo((b.Date, b.Department, b.Kind, b.Title)));
            // Involvement comes from the Registry's contact persons, so a hidden department is named without reading its source.
            var departments = contacts.Select(c => c.DepartmentCode).Concat(entries.Select(e => e.Department))
                .Where(Departments.IsDepartment).Distinct().Order(StringComparer.Ordinal)
                .Select(d => new PlanDepartment(citizenId, d, visible.Contains(Departments.DetailOf[d])))
                .ToList();
            return new CombinedPlanView(entries, departments);
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
