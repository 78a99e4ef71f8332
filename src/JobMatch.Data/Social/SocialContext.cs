using Microsoft.EntityFrameworkCore;

namespace JobMatch.Data.Social;

/// <summary>SOF's social services system: the action plan, granted services and treatment episodes.</summary>
public sealed class SocialContext(DbContextOptions<SocialContext> options) : DbContext(options)
{
    public DbSet<SocialActionPlan> ActionPlans => Set<SocialActionPlan>();
    public DbSet<SocialGoal> Goals => Set<SocialGoal>();
    public DbSet<SocialService> Services => Set<SocialService>();
    public DbSet<SubstanceTreatment> SubstanceTreatments => Set<SubstanceTreatment>();

    public DbSet<Changes.OutboxEvent> Outbox => Set<Changes.OutboxEvent>();
    public DbSet<Changes.GoalLink> GoalLinks => Set<Changes.GoalLink>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SocialContext).Assembly, t => t.Namespace == typeof(SocialContext).Namespace);
        modelBuilder.ApplyConfiguration(new Changes.OutboxEventConfiguration());
        modelBuilder.ApplyConfiguration(new Changes.GoalLinkConfiguration());
    }
}
