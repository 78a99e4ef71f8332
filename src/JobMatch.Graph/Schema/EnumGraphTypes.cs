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
public sealed class PlacementKindGraphType : EnumerationGraphType<PlacementKind>
{
    public PlacementKindGraphType()
    {
        Description = "The kinds of company placement the jobcenter arranges.";
        Describe(PlacementKind.Internship, "Virksomhedspraktik: an unpaid internship in a company.");
        Describe(PlacementKind.WageSubsidy, "Løntilskud: a job with a wage subsidy.");
        Describe(PlacementKind.FlexJob, "Fleksjob: a permanent job on reduced hours for reduced working capacity.");
        Describe(PlacementKind.ShelteredJob, "Skånejob: a sheltered job for a person on førtidspension.");
        Describe(PlacementKind.OrdinaryHours, "Ordinære timer: ordinary paid hours.");
    }

    private void Describe(PlacementKind kind, string description) => Values.FindByValue(kind)!.Description = description;
}

/// <summary>The services SOF grants.</summary>
public sealed class SocialServiceKindGraphType : EnumerationGraphType<SocialServiceKind>
{
    public SocialServiceKindGraphType()
    {
        Description = "The services SOF grants under serviceloven.";
        Values.FindByValue(SocialServiceKind.SupportInOwnHome)!.Description = "§85: socialpædagogisk støtte i eget hjem.";
        Values.FindByValue(SocialServiceKind.ShelteredEmployment)!.Description = "§103: beskyttet beskæftigelse.";
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
