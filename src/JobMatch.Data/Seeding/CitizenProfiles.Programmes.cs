using JobMatch.Data.Employment;
using static JobMatch.Data.Seeding.SeedAgencies;
using static JobMatch.Data.Seeding.SeedEmploymentReference;
using static JobMatch.Data.Seeding.SeedPlanTexts;
using static JobMatch.Data.Seeding.SeedProjects;

namespace JobMatch.Data.Seeding;

internal static partial class CitizenProfiles
{
    /// <summary>
    /// A programme whose participants the demo must show: who it is for, when it enrolled, and how many of those
    /// who finish it find paid work. The windows are the documents' project periods.
    /// </summary>
    public sealed record Programme(
        string Project, int Steps, DateOnly From, DateOnly? To, string? TargetGroup, string? Benefit, string Unit, string[] Referrers, double WorkAfter, int SinceYears);

    public static readonly IReadOnlyList<Programme> Programmes =
    [
        new(Staff, 3, new(2011, 5, 1), null, UngAktivitetsparat, BenefitUddannelseshjaelp, JobcenterUnge, [UuKobenhavn, StuKobenhavn, JobcenterUnge], 0.5, 1),
        new(JobFirst, 4, new(2016, 1, 1), new(2017, 12, 31), Ressourceforloeb, BenefitRessourceforloeb, JobcenterJobindsats, [JobcenterJobindsats, BorgercenterVoksne], 0.4, 2),
        new(FlereSkalMed, 3, new(2017, 1, 1), new(2019, 12, 31), Aktivitetsparat, BenefitKontanthjaelp, JobcenterJobindsats, [JobcenterJobindsats, BorgercenterVoksne], 0.3, 6),
        new(Empowerment, 3, new(2014, 1, 1), new(2016, 12, 31), Aktivitetsparat, BenefitKontanthjaelp, JobcenterJobindsats, [JobcenterJobindsats, BorgercenterVoksne, Genoptraening], 0.3, 3),
        new(SocialStoetteJob, 3, new(2017, 9, 1), new(2020, 12, 31), Aktivitetsparat, BenefitKontanthjaelp, JobcenterJobindsats, [BorgercenterVoksne, JobcenterJobindsats], 0.45, 2),
        new(SaerligeJobformidlingProgramme, 3, new(2008, 1, 1), null, null, null, SaerligeJobformidling, [SaerligeJobformidling], 0.4, 0),
    ];

    /// <summary>A participant of <paramref name="programme"/>: in its target group well before enrolling, perhaps in paid work after finishing.</summary>
    public static void ProgrammeParticipant(Programme programme, CitizenBuilder b, SeedRandom r, SeedDirectory d)
    {
        var latest = programme.To is { } to && to < Today.AddDays(-30) ? to : Today.AddDays(-30);
        // An open programme enrols over the last eight years, a closed one over its whole period.
        var earliest = programme.To is null ? SeedClock.Max(programme.From, Today.AddYears(-8)) : programme.From;
        var enrolledOn = SeedClock.Min(r.Date(SeedClock.Max(earliest, b.AtAge(18)), latest), latest);
        if (programme.TargetGroup is { } group)
        {
            var since = SeedClock.Max(enrolledOn.AddYears(-programme.SinceYears).AddDays(-r.Next(30, 365)), b.AtAge(18));
            b.TargetGroup(group, since, null, programme.Unit);
            b.Benefit(programme.Benefit!, since);
            b.JobGoal(r.Pick(JobGoalsActivityReady), r.Date(SeedClock.Max(since, Today.AddYears(-1)), Today.AddDays(-7)), Today.AddMonths(r.Next(2, 9)));
        }
        else
            b.Education("STU", r.Pick(StuInstitutions), enrolledOn.AddYears(-3), enrolledOn.AddDays(-r.Next(0, 60)), PlanStatus.Completed);
        b.HandledBy(programme.Unit);
        var steps = Enroll(b, r, programme.Project, programme.Steps, r.Next(1, programme.Steps + 1), r.Pick(programme.Referrers), enrolledOn, programme.To,
            (20, 60), (30, 120), (60, 180), (60, 180));
        if (steps.Count == programme.Steps && steps[^1].Completed is { } done && r.Chance(programme.WorkAfter))
            b.Placement(r.Chance(0.6) ? PlacementKind.OrdinaryHours : PlacementKind.WageSubsidy, d.AnyEmployer(r), done, r.Chance(0.3) ? done.AddMonths(r.Next(6, 30)) : null, r.Next(8, 31));
    }
}
