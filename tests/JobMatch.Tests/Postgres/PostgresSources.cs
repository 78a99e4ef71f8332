using JobMatch.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Postgres;

/// <summary>Every source migrated into fresh PostgreSQL databases of its own, outside any host.</summary>
internal sealed class PostgresSources : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private PostgresSources(ServiceProvider services, IReadOnlyDictionary<Source, string> connections)
    {
        this.services = services;
        Connections = connections;
        Stores = services.GetRequiredService<SourceStores>();
    }

    public SourceStores Stores { get; }

    public IReadOnlyDictionary<Source, string> Connections { get; }

    public IServiceProvider Services => services;

    public static async Task<PostgresSources> CreateAsync()
    {
        var connections = TestPostgres.FreshSources();
        var settings = new Dictionary<string, string?>();
        TestPostgres.Configure(settings, connections, migrate: true);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddJobMatchData(configuration).BuildServiceProvider();
        var sources = new PostgresSources(services, connections);
        await sources.Stores.MigrateAllAsync(CancellationToken.None);
        return sources;
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
