using Microsoft.EntityFrameworkCore;

namespace JobMatch.Data.Audit;

/// <summary>The municipality's append-only access log: one chained row per request, with its per-citizen records.</summary>
public sealed class AuditContext(DbContextOptions<AuditContext> options) : DbContext(options)
{
    public DbSet<AccessRequest> AccessRequests => Set<AccessRequest>();
    public DbSet<AccessRecord> AccessRecords => Set<AccessRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AuditContext).Assembly, t => t.Namespace == typeof(AuditContext).Namespace);
}
