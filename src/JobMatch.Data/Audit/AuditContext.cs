using Microsoft.EntityFrameworkCore;

namespace JobMatch.Data.Audit;

/// <summary>The municipality's append-only access log.</summary>
public sealed class AuditContext(DbContextOptions<AuditContext> options) : DbContext(options)
{
    public DbSet<AccessRecord> AccessRecords => Set<AccessRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AuditContext).Assembly, t => t.Namespace == typeof(AuditContext).Namespace);
}
