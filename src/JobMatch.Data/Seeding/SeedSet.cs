using JobMatch.Data.Employment;
using JobMatch.Data.Health;
using JobMatch.Data.Registry;
using JobMatch.Data.Social;
using JobMatch.Data.Youth;

namespace JobMatch.Data.Seeding;

/// <summary>Everything one seed run writes, grouped by the source that owns it.</summary>
internal sealed class SeedSet
{
    // Registry
    public List<Agency> Agencies { get; } = [];
    public List<Project> Projects { get; } = [];
    public List<Employer> Employers { get; } = [];
    public List<Employee> Employees { get; } = [];
    public List<Citizen> Citizens { get; } = [];
    public List<ContactAssignment> ContactAssignments { get; } = [];
    public List<Consent> Consents { get; } = [];
    public List<Offer> Offers { get; } = [];
    public List<Procedure> Procedures { get; } = [];
    public List<UnitContact> UnitContacts { get; } = [];

    // Employment (BIF)
    public List<TargetGroup> TargetGroups { get; } = [];
    public List<BenefitType> BenefitTypes { get; } = [];
    public List<TargetGroupPeriod> TargetGroupPeriods { get; } = [];
    public List<BenefitPeriod> BenefitPeriods { get; } = [];
    public List<JobGoal> JobGoals { get; } = [];
    public List<JobActivity> JobActivities { get; } = [];
    public List<Placement> Placements { get; } = [];
    public List<Enrollment> Enrollments { get; } = [];
    public List<EnrollmentStep> EnrollmentSteps { get; } = [];

    // Social (SOF)
    public List<SocialActionPlan> ActionPlans { get; } = [];
    public List<SocialGoal> SocialGoals { get; } = [];
    public List<SocialService> SocialServices { get; } = [];
    public List<SubstanceTreatment> SubstanceTreatments { get; } = [];

    // Health (SUF)
    public List<HealthEpisode> HealthEpisodes { get; } = [];

    // Youth (BUF)
    public List<YouthEducation> Educations { get; } = [];
    public List<TransitionPlan> TransitionPlans { get; } = [];
}
