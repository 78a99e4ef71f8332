using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Graph.Access;
using JobMatch.Graph.Plans;

namespace JobMatch.Bench.Baseline;

/// <summary>
/// The combined plan's business rules, written by hand: one entry per goal, activity, target-group or benefit period and
/// plan review of each department the viewer may see, on one time line. The same rules as the graph's <c>CombinedPlan</c>, which a team without GraphQL would
/// have had to write too.
/// </summary>
public readonly record struct PlanRow(DateOnly Date, DateOnly? EndDate, string Department, PlanEntryKind Kind, string Title, PlanStatus Status);

public static class PlanRows
{
    public static void Sort(List<PlanRow> rows) =>
        rows.Sort((a, b) => (a.Date, a.Department, a.Kind, a.Title).CompareTo((b.Date, b.Department, b.Kind, b.Title)));

    public static void Sort(List<PlanEntry> entries) =>
        entries.Sort((a, b) => (a.Date, a.Department, a.Kind, a.Title).CompareTo((b.Date, b.Department, b.Kind, b.Title)));

    public static string PlacementTitle(PlacementKind kind, decimal hoursPerWeek) => $"{kind switch
    {
        PlacementKind.Internship => "Virksomhedspraktik",
        PlacementKind.WageSubsidy => "Løntilskud",
        PlacementKind.FlexJob => "Fleksjob",
        PlacementKind.ShelteredJob => "Skånejob",
        _ => "Ordinære timer",
    }}, {hoursPerWeek:0.#} timer/uge";

    public static string ActivityTitle(string title, string provider) => $"{title} ({provider})";

    public static string SocialGoalTitle(string area, string text) => $"{area}: {text}";

    public static string TreatmentTitle(string form, string substance) => $"Misbrugsbehandling ({form.ToLowerInvariant()}): {substance}";

    public static string EducationTitle(string programme, string institution) => $"{programme}, {institution}";

    public static string TransitionTitle(string receivingDepartments) => $"Overgang til voksenområdet ({receivingDepartments})";

    public static string TargetGroupTitle(string code) => $"Målgruppe: {code}";

    public static string BenefitTitle(string code) => $"Ydelse: {code}";

    public const string ReviewTitle = "Opfølgning på handleplanen (§ 141)";

    /// <summary>The departments involved: those with a contact person, and those with entries, in code order.</summary>
    public static IEnumerable<string> Involved(IEnumerable<string> contactDepartments, IEnumerable<string> entryDepartments) =>
        contactDepartments.Concat(entryDepartments).Where(Departments.IsDepartment).Distinct().Order(StringComparer.Ordinal);
}
