using GraphQL.Types;
using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Health;
using JobMatch.Data.Registry;
using JobMatch.Data.Social;

namespace JobMatch.Graph.Schema;

/// <summary>Where a goal, activity, placement, service or episode stands.</summary>
public sealed class PlanStatusGraphType : EnumerationGraphType<PlanStatus>
{
    public PlanStatusGraphType() => Description = "Where a goal, activity, placement, service or episode stands.";
}

/// <summary>The kinds of company placement.</summary>
public sealed class PlacementKindGraphType : EnumerationGraphType
{
    public PlacementKindGraphType()
    {
        Name = "PlacementKind";
        Description = "The kinds of company placement the jobcenter arranges.";
        Add("INTERNSHIP", PlacementKind.Internship, "Virksomhedspraktik: an unpaid internship in a company.");
        Add("WAGE_SUBSIDY", PlacementKind.WageSubsidy, "Løntilskud: a job with a wage subsidy.");
        Add("FLEX_JOB", PlacementKind.FlexJob, "Fleksjob: a permanent job on reduced hours for reduced working capacity.");
        // Skånejob is paid work in an ordinary company; "sheltered employment" is SOF's § 103 (beskyttet beskæftigelse),
        // a service, not a placement. The value is named for what it is; the old name stays one version for input.
        Add("SKAANEJOB", PlacementKind.ShelteredJob, "Skånejob: a paid job on special terms in an ordinary company for a person on førtidspension (not § 103 beskyttet beskæftigelse, which is a SOF service).");
        Add(new EnumValueDefinition("SHELTERED_JOB", PlacementKind.ShelteredJob)
        {
            Description = "Skånejob, by its old name.",
            DeprecationReason = "Use SKAANEJOB: \"sheltered\" is easily read as § 103 beskyttet beskæftigelse (SocialServiceKind.SHELTERED_EMPLOYMENT).",
        });
        Add("ORDINARY_HOURS", PlacementKind.OrdinaryHours, "Ordinære timer: ordinary paid hours.");
    }
}

/// <summary>The services SOF grants.</summary>
public sealed class SocialServiceKindGraphType : EnumerationGraphType<SocialServiceKind>
{
    public SocialServiceKindGraphType()
    {
        Description = "The services SOF grants under serviceloven.";
        Values.FindByValue(SocialServiceKind.SupportInOwnHome)!.Description = "§85: socialpædagogisk støtte i eget hjem.";
        Values.FindByValue(SocialServiceKind.ShelteredEmployment)!.Description = "§103: beskyttet beskæftigelse, a service for a person on førtidspension who cannot hold an ordinary job (not a skånejob, which is a BIF placement: PlacementKind.SKAANEJOB).";
        Values.FindByValue(SocialServiceKind.ActivityAndDayOffer)!.Description = "§104: aktivitets- og samværstilbud.";
        Values.FindByValue(SocialServiceKind.TemporaryHousing)!.Description = "§107: midlertidigt botilbud.";
        Values.FindByValue(SocialServiceKind.LongTermHousing)!.Description = "§108: længerevarende botilbud.";
    }
}

/// <summary>The kinds of health and care episode.</summary>
public sealed class HealthEpisodeKindGraphType : EnumerationGraphType<HealthEpisodeKind>
{
    public HealthEpisodeKindGraphType() => Description = "The kinds of health and care episode SUF records.";
}

/// <summary>The kinds of agency.</summary>
public sealed class AgencyKindGraphType : EnumerationGraphType<AgencyKind>
{
    public AgencyKindGraphType() => Description = "What kind of organisation an agency is: a department, one of its units, a national agency or a partner.";
}
