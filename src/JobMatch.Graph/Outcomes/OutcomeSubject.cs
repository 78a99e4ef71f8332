namespace JobMatch.Graph.Outcomes;

/// <summary>
/// One citizen as the outcome calculator sees them, read from every source as the snapshot has it: whether they
/// took part, the day they are measured from (enrolment, or entering the target group for the comparison group),
/// how they are grouped, and the spells of paid work and support that tell what happened after. Never leaves the
/// server: only aggregates over subjects do.
/// </summary>
public sealed record OutcomeSubject(
    bool Participant,
    DateOnly IndexDate,
    string? TargetGroup,
    string? District,
    string? ReferringDepartment,
    int StepsReached,
    IReadOnlyList<WorkSpell> Work,
    IReadOnlyList<SupportSpell> Support)
{
    public bool WorksOn(DateOnly day) => Work.Any(w => w.Covers(day));

    public decimal HoursOn(DateOnly day) => Work.Where(w => w.Covers(day)).Sum(w => w.HoursPerWeek);

    public bool UsesOn(SupportKind kind, DateOnly day) => Support.Any(s => s.Kind == kind && s.From <= day && (s.To is not { } to || to >= day));
}

/// <summary>Paid work (løntilskud, fleksjob, skånejob, ordinary hours), not an unpaid internship.</summary>
public sealed record WorkSpell(DateOnly From, DateOnly? To, decimal HoursPerWeek)
{
    public bool Covers(DateOnly day) => From <= day && (To is not { } to || to >= day);
}

/// <summary>A spell of SOF's or SUF's support.</summary>
public sealed record SupportSpell(SupportKind Kind, DateOnly From, DateOnly? To);

/// <summary>The support whose use before and after an enrolment the outcomes count.</summary>
public enum SupportKind
{
    /// <summary>§85: socialpædagogisk støtte i eget hjem (SOF).</summary>
    SupportInOwnHome,
    /// <summary>§103: beskyttet beskæftigelse (SOF).</summary>
    ShelteredEmployment,
    /// <summary>§104: aktivitets- og samværstilbud (SOF).</summary>
    ActivityOffer,
    /// <summary>§107/§108: midlertidigt eller længerevarende botilbud (SOF).</summary>
    Housing,
    /// <summary>SUF's health and care: rehabilitation, alcohol treatment, home care or prevention.</summary>
    HealthAndCare,
}
