using GraphQL;
using GraphQL.DataLoader;
using JobMatch.Data.Employment;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Employment;
using JobMatch.Graph.Health;
using JobMatch.Graph.Social;
using JobMatch.Graph.Youth;

namespace JobMatch.Graph.Plans;

/// <summary>
/// Builds a citizen's combined plan from every department's source. All loads are started before any is
/// awaited, so a page of citizens still costs one statement per kind of record.
/// </summary>
public static class CombinedPlan
{
    public static IDataLoaderResult<IReadOnlyList<PlanEntry>> CombinedPlanOf(this IResolveFieldContext context, Guid citizenId)
    {
        var goals = context.JobGoalsOf(citizenId);
        var activities = context.JobActivitiesOf(citizenId);
        var placements = context.PlacementsOf(citizenId);
        var socialGoals = context.SocialGoalsOf(citizenId);
        var services = context.SocialServicesOf(citizenId);
        var treatments = context.SubstanceTreatmentsOf(citizenId);
        var episodes = context.HealthEpisodesOf(citizenId);
        var educations = context.EducationsOf(citizenId);
        var transitions = context.TransitionPlansOf(citizenId);

        return goals.Then<IReadOnlyList<Data.Employment.JobGoal>, IReadOnlyList<PlanEntry>>(async (jobGoals, ct) =>
        {
            var entries = new List<PlanEntry>();
            entries.AddRange(jobGoals.Select(g => new PlanEntry(citizenId, g.SetOn, g.TargetDate, "BIF", PlanEntryKind.JobGoal, g.Text, g.Status, DataCategory.EmploymentDetail)));
            entries.AddRange((await activities.GetResultAsync(ct)).Select(a => new PlanEntry(citizenId, a.From, a.To, "BIF", PlanEntryKind.JobActivity, $"{a.Title} ({a.Provider})", a.Status, DataCategory.EmploymentDetail)));
            entries.AddRange((await placements.GetResultAsync(ct)).Select(p => new PlanEntry(citizenId, p.From, p.To, "BIF", PlanEntryKind.Placement, $"{PlacementTitle(p.Kind)}, {p.HoursPerWeek:0.#} timer/uge", p.Status, DataCategory.EmploymentDetail)));
            entries.AddRange((await socialGoals.GetResultAsync(ct)).Select(g => new PlanEntry(citizenId, g.SetOn, g.TargetDate, "SOF", PlanEntryKind.SocialGoal, $"{g.Area}: {g.Text}", g.Status, DataCategory.SocialDetail)));
            entries.AddRange((await services.GetResultAsync(ct)).Select(s => new PlanEntry(citizenId, s.From, s.To, "SOF", PlanEntryKind.SocialService, s.Title, s.Status, DataCategory.SocialDetail)));
            entries.AddRange((await treatments.GetResultAsync(ct)).Select(t => new PlanEntry(citizenId, t.From, t.To, "SOF", PlanEntryKind.SubstanceTreatment, $"Misbrugsbehandling ({t.Form.ToLowerInvariant()}): {t.Substance}", t.Status, DataCategory.SocialDetail)));
            entries.AddRange((await episodes.GetResultAsync(ct)).Select(e => new PlanEntry(citizenId, e.From, e.To, "SUF", PlanEntryKind.HealthEpisode, e.Title, e.Status, DataCategory.HealthDetail)));
            entries.AddRange((await educations.GetResultAsync(ct)).Select(e => new PlanEntry(citizenId, e.From, e.ExpectedEnd, "BUF", PlanEntryKind.Education, $"{e.Programme}, {e.Institution}", e.Status, DataCategory.YouthDetail)));
            entries.AddRange((await transitions.GetResultAsync(ct)).Select(t => new PlanEntry(citizenId, t.StartedOn, t.PlannedTransferOn, "BUF", PlanEntryKind.TransitionPlan, $"Overgang til voksenområdet ({t.ReceivingDepartments})", t.Status, DataCategory.YouthDetail)));
            return entries.OrderBy(e => e.Date).ThenBy(e => e.Department, StringComparer.Ordinal).ThenBy(e => e.Kind).ThenBy(e => e.Title, StringComparer.Ordinal).ToList();
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
