using Microsoft.EntityFrameworkCore;

namespace JobMatch.Data.Health;

/// <summary>SUF's health and care system.</summary>
public sealed class HealthContext(DbContextOptions<HealthContext> options) : DbContext(options)
{
    public DbSet<HealthEpisode> Episodes => Set<HealthEpisode>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HealthContext).Assembly, t => t.Namespace == typeof(HealthContext).Namespace);
}
