namespace JobMatch.Data.Seeding;

/// <summary>
/// Hand-written showcase citizens, always seeded first with these ids and CPR numbers, whose stories follow the
/// seed documents. Their contact persons are the <see cref="DemoEmployees"/> of each department involved.
/// </summary>
public static class DemoCitizens
{
    /// <summary>Sofie Lund Kristensen, 23, førtidspension, developmental disability: finished STU, KLAPjob internship then løntilskud, §85 support (BIF, SOF, BUF).</summary>
    public static readonly Guid KlapJobParticipant = new("c0000000-0000-4000-8000-000000000001");
    public const string KlapJobParticipantCpr = "1704034718";

    /// <summary>Mads Holm Nielsen, 46, aktivitetsparat kontanthjælp with §85 support, cannabis treatment in SOF and alcohol treatment in SUF; interleaved 2026 plans (BIF, SOF, SUF).</summary>
    public static readonly Guid SharedCashBenefitCitizen = new("c0000000-0000-4000-8000-000000000002");
    public const string SharedCashBenefitCitizenCpr = "0209801937";

    /// <summary>Emil Andersen, 17, in STU with a transition plan handing his case to BIF and SOF at 18 (BUF).</summary>
    public static readonly Guid StuStudent = new("c0000000-0000-4000-8000-000000000003");
    public const string StuStudentCpr = "1403094813";

    /// <summary>Henrik Mortensen, 54, in a fleksjob after sygedagpenge and back surgery, in a pain rehabilitation course (BIF, SUF).</summary>
    public static readonly Guid FlexJobCitizen = new("c0000000-0000-4000-8000-000000000004");
    public const string FlexJobCitizenCpr = "2306721459";

    /// <summary>Lars Poulsen, 47, førtidspension in a §108 home, moved from §103 sheltered work to a skånejob through Jobshop; no consents (BIF, SOF).</summary>
    public static readonly Guid JobshopCitizen = new("c0000000-0000-4000-8000-000000000005");
    public const string JobshopCitizenCpr = "3001792875";

    public static IReadOnlyList<Guid> All { get; } = [KlapJobParticipant, SharedCashBenefitCitizen, StuStudent, FlexJobCitizen, JobshopCitizen];
}
