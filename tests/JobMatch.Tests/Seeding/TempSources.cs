using JobMatch.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Seeding;

/// <summary>Every source migrated into SQLite files in a folder of its own, deleted again on dispose.</summary>
internal sealed class TempSources : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private TempSources(string directory, ServiceProvider services)
    {
        Directory = directory;
        this.services = services;
        Stores = services.GetRequiredService<SourceStores>();
    }

    public string Directory { get; }

    public SourceStores Stores { get; }

    public static async Task<TempSources> CreateAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "jobmatch-tests", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["JobMatch:DataDirectory"] = directory })
            .Build();
        var services = new ServiceCollection().AddJobMatchData(configuration).BuildServiceProvider();
        var sources = new TempSources(directory, services);
        await sources.Stores.MigrateAllAsync(CancellationToken.None);
        return sources;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        // Pooled connections keep the files open; they must close before the folder can go.
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Directory))
            System.IO.Directory.Delete(Directory, recursive: true);
    }
}
