using JobMatch.Data.Audit;
using JobMatch.Data.Registry;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Data;

/// <summary>
/// The embedded sources read their files through a memory map, as the host configures them, except the audit log,
/// which only grows; an operator can turn the map off.
/// </summary>
public sealed class SqliteMemoryMapTests(JobMatchHost host) : IClassFixture<JobMatchHost>
{
    [Fact]
    public async Task TheSourcesReadThroughAMapAndTheAuditLogDoesNot()
    {
        // SQLite caps the map at its compiled limit (about 2 GB in the bundled build) below the 4 GB asked for.
        Assert.InRange(await MapSizeAsync<RegistryContext>(host), 1L << 30, 4096L << 20);
        Assert.Equal(0, await MapSizeAsync<AuditContext>(host));
    }

    [Fact]
    public async Task ZeroTurnsTheMapOff()
    {
        await using var unmapped = new JobMatchHost();
        unmapped.Settings["JobMatch:SqliteMemoryMapMegabytes"] = "0";

        Assert.Equal(0, await MapSizeAsync<RegistryContext>(unmapped));
    }

    private static async Task<long> MapSizeAsync<TContext>(JobMatchHost on) where TContext : DbContext
    {
        await using var db = await on.Services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync();
        // Opened as EF Core opens a connection for a query, so the host's connection interceptors run.
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA mmap_size";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
