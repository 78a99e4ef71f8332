namespace JobMatch.Data.Employment;

/// <summary>The kinds of company placement the jobcenter arranges.</summary>
public enum PlacementKind
{
    /// <summary>Virksomhedspraktik: unpaid internship in a company.</summary>
    Internship,
    /// <summary>Løntilskud: a job with a wage subsidy.</summary>
    WageSubsidy,
    /// <summary>Fleksjob: a permanent job on reduced hours for reduced working capacity.</summary>
    FlexJob,
    /// <summary>Skånejob: a sheltered job for a person on førtidspension.</summary>
    ShelteredJob,
    /// <summary>Ordinære timer: ordinary paid hours.</summary>
    OrdinaryHours,
}
