using Microsoft.EntityFrameworkCore;

namespace JobMatch.Data.Registry;

/// <summary>The municipality's registry: citizens, agencies, employees, employers, projects, consents, and the departments' offers, shared procedures and unit contacts.</summary>
public sealed class RegistryContext(DbContextOptions<RegistryContext> options) : DbContext(options)
{
    public DbSet<Citizen> Citizens => Set<Citizen>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<ContactAssignment> ContactAssignments => Set<ContactAssignment>();
    public DbSet<Employer> Employers => Set<Employer>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectStep> ProjectSteps => Set<ProjectStep>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<Offer> Offers => Set<Offer>();
    public DbSet<Procedure> Procedures => Set<Procedure>();
    public DbSet<ProcedureStep> ProcedureSteps => Set<ProcedureStep>();
    public DbSet<UnitContact> UnitContacts => Set<UnitContact>();

    public DbSet<Changes.OutboxEvent> Outbox => Set<Changes.OutboxEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryContext).Assembly, t => t.Namespace == typeof(RegistryContext).Namespace);
        modelBuilder.ApplyConfiguration(new Changes.OutboxEventConfiguration());
        // Name search ignores accents on PostgreSQL ("Sorensen" finds "Sørensen"), which needs unaccent().
        if (Database.IsNpgsql())
            modelBuilder.HasPostgresExtension("unaccent");
    }
}
