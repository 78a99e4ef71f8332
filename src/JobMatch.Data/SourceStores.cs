using JobMatch.Data.Audit;
using JobMatch.Data.Employment;
using JobMatch.Data.Health;
using JobMatch.Data.Registry;
using JobMatch.Data.Social;
using JobMatch.Data.Youth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Data;

/// <summary>Opens any source by name: for migrating, seeding and health checks, which treat every source alike.</summary>
public sealed class SourceStores(IServiceProvider services, DataOptions options)
{
    public static readonly Source[] All = Enum.GetValues<Source>();

    public DataOptions Options => options;

    public async Task<DbContext> OpenAsync(Source source, CancellationToken cancellationToken) => source switch
    {
        Source.Registry => await Factory<RegistryContext>().CreateDbContextAsync(cancellationToken),
        Source.Employment => await Factory<EmploymentContext>().CreateDbContextAsync(cancellationToken),
        Source.Social => await Factory<SocialContext>().CreateDbContextAsync(cancellationToken),
        Source.Health => await Factory<HealthContext>().CreateDbContextAsync(cancellationToken),
        Source.Youth => await Factory<YouthContext>().CreateDbContextAsync(cancellationToken),
        Source.Audit => await Factory<AuditContext>().CreateDbContextAsync(cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    private IDbContextFactory<T> Factory<T>() where T : DbContext => services.GetRequiredService<IDbContextFactory<T>>();

    /// <summary>Creates (for SQLite, with its folder) and migrates every source to the latest migration.</summary>
    public async Task MigrateAllAsync(CancellationToken cancellationToken)
    {
        foreach (var source in All)
            await MigrateAsync(source, createMissing: true, cancellationToken);
    }

    /// <summary>
    /// What the server does on start: migrates each source it can and returns the ones it could not, so one
    /// department's store missing or broken leaves the others served (and <c>/health/ready</c> says which). A SQLite
    /// file is created only when none exists yet (a fresh data folder); one missing among others is an outage.
    /// </summary>
    public async Task<IReadOnlyDictionary<Source, string>> MigrateAvailableAsync(CancellationToken cancellationToken)
    {
        var files = new Dictionary<Source, string>();
        if (options.Provider == DataProvider.Sqlite)
            foreach (var source in All)
            {
                await using var db = await OpenAsync(source, cancellationToken);
                files[source] = db.Database.GetDbConnection().DataSource;
            }
        var fresh = !files.Values.Any(File.Exists);
        var failed = new Dictionary<Source, string>();
        foreach (var source in All)
        {
            try
            {
                if (options.Provider == DataProvider.Sqlite && !fresh && !File.Exists(files[source]))
                {
                    failed[source] = $"{Path.GetFileName(files[source])} is missing.";
                    continue;
                }
                await MigrateAsync(source, createMissing: fresh, cancellationToken);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException or TimeoutException)
            {
                failed[source] = e.Message;
            }
        }
        return failed;
    }

    private async Task MigrateAsync(Source source, bool createMissing, CancellationToken cancellationToken)
    {
        if (options.Provider == DataProvider.Sqlite)
            Directory.CreateDirectory(options.FullDataDirectory);
        await using var db = await OpenAsync(source, cancellationToken);
        if (options.Provider == DataProvider.Sqlite && createMissing && db.Database.GetDbConnection().DataSource is { Length: > 0 } file && !File.Exists(file))
            // The sources open read-write without creating; the migration is where a file is born.
            await File.WriteAllBytesAsync(file, [], cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db is Registry.RegistryContext registry)
            await Registry.CitizenSearchColumns.FillAsync(registry, cancellationToken);
        if (options.Provider == DataProvider.Sqlite)
            // WAL lets readers run while the audit log or a mutation writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>
    /// Whether a source answers a real query: its migrations history is read from the database itself (a pooled
    /// connection or a cached page proves nothing), so a deleted, replaced or unreadable store shows as down.
    /// </summary>
    public async Task<bool> IsAvailableAsync(Source source, CancellationToken cancellationToken) =>
        await ProblemAsync(source, cancellationToken) is null;

    /// <summary>Null when the source answers; otherwise what went wrong, for the health report.</summary>
    public async Task<string?> ProblemAsync(Source source, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await OpenAsync(source, cancellationToken);
            if (options.Provider == DataProvider.Sqlite && db.Database.GetDbConnection().DataSource is { Length: > 0 } file && !File.Exists(file))
                return $"{Path.GetFileName(file)} is missing.";
            if (!(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
                return "The store holds no migrated schema.";
            if (source == Source.Audit && db is AuditContext audit)
                await ProbeAuditWriteAsync(audit, cancellationToken);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return e.GetBaseException().Message;
        }
    }

    /// <summary>
    /// Without a writable audit log no personal data may leave, so its check writes: a probe row under the chain
    /// lock, rolled back. A read-only, full or locked store fails it.
    /// </summary>
    private static Task ProbeAuditWriteAsync(AuditContext db, CancellationToken cancellationToken) =>
        // Inside the execution strategy: SQL Server's retrying one refuses a transaction opened outside it.
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await AuditChainLock.AcquireAsync(db, token);
            var probe = "probe:" + Guid.NewGuid().ToString("N");
            db.AccessRequests.Add(new AccessRequest { At = DateTime.UtcNow, CorrelationId = "health-probe", Subject = "health-probe", Role = "", PreviousHash = probe, Hash = probe });
            await db.SaveChangesAsync(token);
            await transaction.RollbackAsync(token);
            db.ChangeTracker.Clear();
        }, cancellationToken);
}
