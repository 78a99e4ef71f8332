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

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        FollowBirthDatesAsync(CancellationToken.None, synchronous: true).GetAwaiter().GetResult();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await FollowBirthDatesAsync(cancellationToken, synchronous: false);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Keeps <see cref="ContactAssignment.CitizenBirthDate"/> the citizen's: an added assignment takes its citizen's
    /// birth date (from the rows being saved with it, else one read of the citizens it names), and a citizen whose
    /// birth date is corrected carries the correction to every assignment of theirs, in the same save.
    /// </summary>
    private async Task FollowBirthDatesAsync(CancellationToken ct, bool synchronous)
    {
        var entries = ChangeTracker.Entries().ToList();
        var added = entries.Where(e => e.State == EntityState.Added && e.Entity is ContactAssignment { CitizenBirthDate: var d } && d == default)
            .Select(e => (ContactAssignment)e.Entity).ToList();
        var corrected = entries.Where(e => e.Entity is Citizen && e.State == EntityState.Modified && e.Property(nameof(Citizen.BirthDate)).IsModified)
            .Select(e => (Citizen)e.Entity).ToDictionary(c => c.Id);
        if (added.Count == 0 && corrected.Count == 0)
            return;
        var known = entries.Where(e => e.Entity is Citizen && e.State != EntityState.Deleted).Select(e => (Citizen)e.Entity)
            .GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First().BirthDate);
        var missing = added.Select(a => a.CitizenId).Where(id => !known.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var read = Citizens.AsNoTracking().Where(c => missing.Contains(c.Id)).Select(c => new { c.Id, c.BirthDate });
            foreach (var row in synchronous ? read.ToList() : await read.ToListAsync(ct))
                known[row.Id] = row.BirthDate;
        }
        foreach (var assignment in added)
        {
            if (known.TryGetValue(assignment.CitizenId, out var birth))
                assignment.CitizenBirthDate = birth;
        }
        if (corrected.Count > 0)
        {
            var ids = corrected.Keys.ToList();
            var rows = ContactAssignments.AsTracking().Where(a => ids.Contains(a.CitizenId));
            foreach (var assignment in synchronous ? rows.ToList() : await rows.ToListAsync(ct))
                assignment.CitizenBirthDate = corrected[assignment.CitizenId].BirthDate;
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryContext).Assembly, t => t.Namespace == typeof(RegistryContext).Namespace);
        modelBuilder.ApplyConfiguration(new Changes.OutboxEventConfiguration());
        // Name search ignores accents on PostgreSQL ("Sorensen" finds "Sørensen"), which needs unaccent().
        if (Database.IsNpgsql())
            modelBuilder.HasPostgresExtension("unaccent");
    }
}
