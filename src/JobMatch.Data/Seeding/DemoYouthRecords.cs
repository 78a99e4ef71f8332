using JobMatch.Data.Registry;
using JobMatch.Data.Social;
using static JobMatch.Data.Seeding.SeedAgencies;
using static JobMatch.Data.Seeding.SeedEmploymentReference;

namespace JobMatch.Data.Seeding;

/// <summary>
/// The <see cref="DemoYouth"/>: one young person in each state of the handover from BUF to the adult departments,
/// written relative to the seed's day. They draw from a stream of their own and are added after the generated
/// citizens, so the rest of the data set is the same with or without them.
/// </summary>
internal sealed class DemoYouthRecords(SeedSet set, SeedRandom random, SeedDirectory directory, SeedPeople people)
{
    private static DateOnly Today => SeedClock.Today;

    public void AddAll()
    {
        var freja = Young(DemoYouth.NotDue, "Freja", "Holm Sørensen", Born(17, 1, 5), female: true, "Valby", "Vigerslev Allé 40, 1. tv., 2500 Valby");
        freja.Education("STU", "STU Valby", Today.AddMonths(-15), Today.AddMonths(21));
        Finish(freja);

        var noah = Young(DemoYouth.Due, "Noah", "Bruun Jakobsen", Born(17, 4, 3), female: false, "Amager Vest", "Englandsvej 210, 3. th., 2300 København S");
        noah.Education("STU", "STU Amager", Today.AddMonths(-16), Today.AddMonths(20));
        noah.TransitionPlan(Due(noah), Eighteen(noah), $"{Bif},{Sof}",
            "Noah vil gerne arbejde med dyr efter STU. Jobcentret afklarer forsørgelse fra 18 år; Socialforvaltningen vurderer behov for bostøtte.",
            agreedOn: null, handedOverOn: null);
        noah.Consent(Buf, Bif, "YouthDetail", "YOUTH_TRANSITION", Today.AddMonths(-1), Today.AddYears(1));
        Finish(noah);

        var ida = Young(DemoYouth.PlanOverdue, "Ida", "Kjær Lauridsen", Born(17, 9, 2), female: true, "Bispebjerg", "Frederiksborgvej 77, 2. mf., 2400 København NV");
        ida.Education("STU", "STU Nordvest", Today.AddMonths(-20), Today.AddMonths(16));
        ida.TransitionPlan(Due(ida), Eighteen(ida), Bif,
            "Ida ønsker en praktik i en børnehave. Planen er ikke aftalt: forældrene og den unge er endnu ikke enige om forsørgelsen efter 18 år.",
            agreedOn: null, handedOverOn: null);
        Finish(ida);

        var oliver = Young(DemoYouth.PlanAgreed, "Oliver", "Winther Dahl", Born(17, 11, 6), female: false, "Nørrebro", "Jagtvej 155, 4. tv., 2200 København N");
        oliver.Education("STU", "Værkstedsskolen STU, Nørrebro", Today.AddMonths(-26), Today.AddMonths(10));
        oliver.TransitionPlan(Due(oliver), Eighteen(oliver), Sof, SeedPlanTexts.TransitionSummaries[1],
            agreedOn: oliver.AtAge(17, 5), handedOverOn: null);
        oliver.SocialService(SocialServiceKind.SupportInOwnHome, "Socialpædagogisk støtte i eget hjem (§ 85)", Bostoette, Eighteen(oliver), null, 3);
        Finish(oliver);

        var clara = Young(DemoYouth.HandedOver, "Clara", "Mikkelsen Bech", Born(18, 1, 4), female: true, "Vesterbro/Kongens Enghave", "Sønder Boulevard 98, 1. th., 1720 København V");
        clara.TransitionPlan(Due(clara), Eighteen(clara), Bif, SeedPlanTexts.TransitionSummaries[0],
            agreedOn: clara.AtAge(17, 4), handedOverOn: Eighteen(clara));
        clara.TargetGroup(UngAktivitetsparat, Eighteen(clara), null, JobcenterUnge);
        clara.Benefit(BenefitUddannelseshjaelp, Eighteen(clara));
        Finish(clara);

        var viktor = Young(DemoYouth.PastHandover, "Viktor", "Lindberg Nørgaard", Born(18, 7, 3), female: false, "Bispebjerg", "Tagensvej 190, st. tv., 2400 København NV");
        viktor.TransitionPlan(Due(viktor), Eighteen(viktor), $"{Bif},{Sof}", SeedPlanTexts.TransitionSummaries[0],
            agreedOn: viktor.AtAge(17, 5), handedOverOn: Eighteen(viktor));
        viktor.SocialService(SocialServiceKind.SupportInOwnHome, "Socialpædagogisk støtte i eget hjem (§ 85)", Bostoette, Eighteen(viktor), null, 4);
        Finish(viktor);
    }

    /// <summary>Born so that on the seed's day the young person is exactly this old.</summary>
    private static DateOnly Born(int years, int months, int days) => Today.AddYears(-years).AddMonths(-months).AddDays(-days);

    private static DateOnly Due(CitizenBuilder b) => Data.Youth.HandoverCalendar.DueFrom(b.Citizen.BirthDate);

    private static DateOnly Eighteen(CitizenBuilder b) => Data.Youth.HandoverCalendar.EighteenOn(b.Citizen.BirthDate);

    private CitizenBuilder Young(Guid id, string first, string last, DateOnly birthDate, bool female, string district, string address)
    {
        var citizen = new Citizen
        {
            Id = id,
            Cpr = people.NewCpr(birthDate, female),
            FirstName = first,
            LastName = last,
            BirthDate = birthDate,
            District = district,
            Address = address,
            Email = $"{first.ToLowerInvariant()}.demo@borger.example",
        };
        set.Citizens.Add(citizen);
        return new CitizenBuilder(set, random, directory, citizen);
    }

    /// <summary>BUF's contact is the demo caseworker, so the BUF persona has them all in its caseload while BUF holds the case.</summary>
    private static void Finish(CitizenBuilder b)
    {
        b.ContactPerson(DemoEmployees.BufCaseworker);
        b.Finish(drawConsent: false);
    }
}
