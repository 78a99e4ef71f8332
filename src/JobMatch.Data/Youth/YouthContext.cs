using Microsoft.EntityFrameworkCore;

namespace JobMatch.Data.Youth;

/// <summary>BUF's children and youth system: education and the transition plan to adult services.</summary>
public sealed class YouthContext(DbContextOptions<YouthContext> options) : DbContext(options)
{
    public DbSet<YouthEducation> Educations => Set<YouthEducation>();
    public DbSet<TransitionPlan> TransitionPlans => Set<TransitionPlan>();

    public DbSet<Changes.OutboxEvent> Outbox => Set<Changes.OutboxEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(YouthContext).Assembly, t => t.Namespace == typeof(YouthContext).Namespace);
        modelBuilder.ApplyConfiguration(new Changes.OutboxEventConfiguration());
    }
}
