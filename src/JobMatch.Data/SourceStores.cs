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
        if (options.Provider == DataProvider.Sqlite)
            Directory.CreateDirectory(options.FullDataDirectory);
        foreach (var source in All)
        {
            await using var db = await OpenAsync(source, cancellationToken);
            if (options.Provider == DataProvider.Sqlite && db.Database.GetDbConnection().DataSource is { Length: > 0 } file && !File.Exists(file))
                // The sources open read-write without creating; the migration is where a file is born.
                await File.WriteAllBytesAsync(file, [], cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            if (options.Provider == DataProvider.Sqlite)
                // WAL lets readers run while the audit log or a mutation writes.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>Whether a source answers a trivial query.</summary>
    public async Task<bool> IsAvailableAsync(Source source, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await OpenAsync(source, cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                && (options.Provider != DataProvider.Sqlite || File.Exists(db.Database.GetDbConnection().DataSource));
        }
        catch (Exception)
        {
            return false;
        }
    }
}
