namespace JobMatch.Data.Seeding;

/// <summary>Draws synthetic citizens from the profiles, in proportions that echo the seed documents' target groups.</summary>
internal sealed class CitizenGenerator(SeedSet set, SeedRandom random, SeedDirectory directory, SeedPeople people)
{
    /// <summary>A kind of citizen: how common, how old, and which records in which departments.</summary>
    private sealed record Profile(int Weight, int MinAge, int MaxAge, double FemaleShare, Action<CitizenBuilder, SeedRandom, SeedDirectory> Build);

    private static readonly IReadOnlyList<(Profile Item, int Weight)> Profiles = new Profile[]
    {
        new(6, 19, 34, 0.45, CitizenProfiles.KlapJob),
        new(7, 16, 19, 0.40, CitizenProfiles.StuYouth),
        new(24, 30, 62, 0.45, CitizenProfiles.ActivityReadyCashBenefit),
        new(8, 25, 60, 0.25, CitizenProfiles.SubstanceAbuse),
        new(12, 20, 58, 0.50, CitizenProfiles.JobReady),
        new(8, 18, 29, 0.50, CitizenProfiles.YoungActivityReady),
        new(9, 25, 64, 0.55, CitizenProfiles.SickLeave),
        new(8, 30, 60, 0.55, CitizenProfiles.ResourceCourse),
        new(10, 30, 66, 0.55, CitizenProfiles.FlexJob),
        new(8, 35, 66, 0.45, CitizenProfiles.DisabilityPension),
    }.Select(p => (p, p.Weight)).ToArray();

    /// <summary>
    /// Cohorts drawn in fixed numbers after the weighted profiles, so the outcomes have groups large enough to show:
    /// KLAPjob's participants and a comparison group like them, and every programme of the documents. Scaled down
    /// for a small data set, never up for a large one.
    /// </summary>
    private static readonly IReadOnlyList<(Profile Profile, int Size)> Cohorts =
    [
        (new(0, 19, 34, 0.45, CitizenProfiles.KlapJob), 44),
        (new(0, 19, 40, 0.45, CitizenProfiles.KlapJobComparison), 44),
        .. CitizenProfiles.Programmes.Select(p => (new Profile(0, p.TargetGroup is null ? 18 : p.SinceYears > 1 ? 35 : 19, p.TargetGroup is null ? 24 : p.SinceYears > 1 ? 62 : 25, 0.5,
            (b, r, d) => CitizenProfiles.ProgrammeParticipant(p, b, r, d)), 7)),
    ];

    /// <summary>The size of the data set the cohorts are drawn for in full: the demo's 300 less its named citizens and young people.</summary>
    private const int FullCohortsFrom = 287;

    public void Generate(int count)
    {
        var cohorts = Cohorts.SelectMany(c => Enumerable.Repeat(c.Profile, (int)(c.Size * Math.Min(1.0, count / (double)FullCohortsFrom)))).ToList();
        for (var i = 0; i < count; i++)
        {
            var profile = i < count - cohorts.Count ? random.Weighted(Profiles) : cohorts[i - (count - cohorts.Count)];
            var age = random.Next(profile.MinAge, profile.MaxAge + 1);
            // Any birthday that makes the citizen exactly `age` on the seed's today.
            var latest = SeedClock.Today.AddYears(-age);
            var birthDate = random.Date(latest.AddYears(-1).AddDays(1), latest);
            var citizen = people.NewCitizen(birthDate, random.Chance(profile.FemaleShare));
            set.Citizens.Add(citizen);
            var builder = new CitizenBuilder(set, random, directory, citizen);
            profile.Build(builder, random, directory);
            builder.Finish(drawConsent: true);
        }
    }
}
