using Microsoft.EntityFrameworkCore;

namespace JobMatch.Data.Employment;

/// <summary>BIF's employment system: target groups, benefits, job plan, placements and project enrolments.</summary>
public sealed class EmploymentContext(DbContextOptions<EmploymentContext> options) : DbContext(options)
{
    public DbSet<TargetGroup> TargetGroups => Set<TargetGroup>();
    public DbSet<BenefitType> BenefitTypes => Set<BenefitType>();
    public DbSet<TargetGroupPeriod> TargetGroupPeriods => Set<TargetGroupPeriod>();
    public DbSet<BenefitPeriod> BenefitPeriods => Set<BenefitPeriod>();
    public DbSet<JobGoal> JobGoals => Set<JobGoal>();
    public DbSet<JobActivity> JobActivities => Set<JobActivity>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<Enrollment> Enrollments => Set<Enrollment>();
    public DbSet<EnrollmentStep> EnrollmentSteps => Set<EnrollmentStep>();

    public DbSet<Changes.OutboxEvent> Outbox => Set<Changes.OutboxEvent>();
    public DbSet<Changes.GoalLink> GoalLinks => Set<Changes.GoalLink>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EmploymentContext).Assembly, t => t.Namespace == typeof(EmploymentContext).Namespace);
        modelBuilder.ApplyConfiguration(new Changes.OutboxEventConfiguration());
        modelBuilder.ApplyConfiguration(new Changes.GoalLinkConfiguration());
    }
}
