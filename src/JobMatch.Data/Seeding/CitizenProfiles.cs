using JobMatch.Data.Social;
using static JobMatch.Data.Seeding.SeedAgencies;
using static JobMatch.Data.Seeding.SeedPlanTexts;

namespace JobMatch.Data.Seeding;

/// <summary>Shared steps of the citizen profiles: a job plan, a social action plan, a project enrolment.</summary>
internal static partial class CitizenProfiles
{
    private static DateOnly Today => SeedClock.Today;

    /// <summary>A day between some months ago and a few months ago, never before the citizen reached the given age.</summary>
    private static DateOnly MonthsAgo(CitizenBuilder b, SeedRandom r, int minMonths, int maxMonths, int notBeforeAge) =>
        SeedClock.Max(r.Date(Today.AddMonths(-maxMonths), Today.AddMonths(-minMonths)), b.AtAge(notBeforeAge));

    private static IEnumerable<T> Distinct<T>(SeedRandom r, IReadOnlyList<T> items, int count)
    {
        var start = r.Next(items.Count);
        var step = items.Count > 1 ? r.Next(1, items.Count) : 1;
        // A stride that is coprime with the length never repeats within the list; for the short lists here that is
        // most strides, and an occasional repeat is harmless.
        for (var i = 0; i < Math.Min(count, items.Count); i++)
            yield return items[(start + i * step) % items.Count];
    }

    private static void JobPlan(CitizenBuilder b, SeedRandom r, DateOnly since, string[] goals, (string Title, string? Provider)[] activities, string unit, int maxGoals = 3, int maxActivities = 3)
    {
        var planStart = SeedClock.Max(since, Today.AddYears(-2));
        foreach (var goal in Distinct(r, goals, r.Next(1, maxGoals + 1)))
        {
            var setOn = r.Date(planStart, Today.AddDays(-7));
            var target = setOn.AddMonths(r.Next(3, 13));
            b.JobGoal(goal, setOn, target, target < Today && r.Chance(0.15) ? PlanStatus.Cancelled : null);
        }
        foreach (var (title, provider) in Distinct(r, activities, r.Next(1, maxActivities + 1)))
        {
            var from = r.Date(planStart, Today.AddDays(30));
            b.JobActivity(title, provider ?? unit, from, from.AddDays(r.Next(28, 180)));
        }
    }

    private static void SocialPlan(CitizenBuilder b, SeedRandom r, DateOnly since, string[] purposes, (string Area, string Text)[] goals, string unit)
    {
        var created = r.Date(SeedClock.Max(since, Today.AddYears(-3)), Today.AddDays(-14));
        b.ActionPlan(r.Pick(purposes), created, Today.AddDays(r.Next(14, 180)), unit);
        foreach (var (area, text) in Distinct(r, goals, r.Next(1, 4)))
        {
            var setOn = r.Date(created, Today.AddDays(-3));
            b.SocialGoal(area, text, setOn, setOn.AddMonths(r.Next(3, 13)));
        }
    }

    private static void Service(CitizenBuilder b, SocialServiceKind kind, string provider, DateOnly from, DateOnly? to, decimal? hours) =>
        b.SocialService(kind, kind switch
        {
            SocialServiceKind.SupportInOwnHome => "Socialpædagogisk støtte i eget hjem (§ 85)",
            SocialServiceKind.ShelteredEmployment => "Beskyttet beskæftigelse på værksted (§ 103)",
            SocialServiceKind.ActivityAndDayOffer => "Aktivitets- og samværstilbud (§ 104)",
            SocialServiceKind.TemporaryHousing => "Midlertidigt botilbud (§ 107)",
            _ => "Længerevarende botilbud (§ 108)",
        }, provider, from, to, hours);

    /// <summary>
    /// Enrols the citizen and walks the project's steps from <paramref name="enrolledOn"/>, each lasting a drawn number of
    /// days, until <paramref name="reached"/> steps, today or the project's end. Returns the steps reached.
    /// </summary>
    private static List<(DateOnly Started, DateOnly? Completed)> Enroll(
        CitizenBuilder b, SeedRandom r, string project, int stepCount, int reached, string referredBy, DateOnly enrolledOn,
        DateOnly? projectEnd, params (int MinDays, int MaxDays)[] durations)
    {
        var steps = new List<(DateOnly Started, DateOnly? Completed)>();
        if (enrolledOn > Today)
        {
            b.Enroll(project, referredBy, enrolledOn, steps, null, PlanStatus.Planned);
            return steps;
        }
        var limit = projectEnd is { } end && end < Today ? end : Today;
        var at = enrolledOn;
        for (var i = 0; i < reached && at <= limit; i++)
        {
            var (min, max) = durations[Math.Min(i, durations.Length - 1)];
            var done = at.AddDays(r.Next(min, max + 1));
            steps.Add((at, done <= limit ? done : null));
            if (done > limit)
                break;
            at = done;
        }
        var finished = steps.Count == stepCount && steps[^1].Completed is not null;
        var stalled = !finished && steps[^1].Completed is { } last && last < Today.AddMonths(-4);
        var projectOver = projectEnd is { } over && over < Today;
        DateOnly? endedOn = finished ? steps[^1].Completed
            : projectOver ? steps[^1].Completed ?? limit
            : stalled ? steps[^1].Completed!.Value.AddDays(r.Next(14, 60))
            : null;
        var status = finished ? PlanStatus.Completed
            : endedOn is not null ? PlanStatus.Cancelled
            : PlanStatus.Active;
        b.Enroll(project, referredBy, enrolledOn, steps, endedOn, status);
        return steps;
    }

    private static bool IsYoung(CitizenBuilder b) => b.Age < 30;

    private static string Unit(SeedDirectory d, string code) => d.NameOf(code);

    private static readonly string[] ReceivingChoices = [$"{Bif},{Sof}", $"{Bif},{Sof}", $"{Bif},{Sof}", Sof, Bif];
}
