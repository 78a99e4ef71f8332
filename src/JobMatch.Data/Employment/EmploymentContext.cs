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

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EmploymentContext).Assembly, t => t.Namespace == typeof(EmploymentContext).Namespace);
}
