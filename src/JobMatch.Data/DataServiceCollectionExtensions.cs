using JobMatch.Data.Audit;
using JobMatch.Data.Diagnostics;
using JobMatch.Data.Employment;
using JobMatch.Data.Health;
using JobMatch.Data.Registry;
using JobMatch.Data.Social;
using JobMatch.Data.Youth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobMatch.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers a pooled DbContext factory per source, each on its own connection string.</summary>
    public static IServiceCollection AddJobMatchData(this IServiceCollection services, IConfiguration configuration)
    {
        // Read lazily (at first use), so a host's configuration, or a test host's overrides, always applies.
        services.AddOptions<DataOptions>().Bind(configuration.GetSection(DataOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DataOptions>>().Value);
        services.AddSingleton<SqlStatementCounter>();
        services.AddSingleton(sp => new SqliteMemoryMap((long)sp.GetRequiredService<DataOptions>().SqliteMemoryMapMegabytes << 20));

        void Add<TContext>(Source source) where TContext : DbContext =>
            services.AddPooledDbContextFactory<TContext>((sp, o) =>
            {
                var options = sp.GetRequiredService<DataOptions>();
                o.UseSource(options.Provider, ConnectionString(configuration, options, source))
                    .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                    // Every context is opened for one statement or one unit of work and disposed after it, never shared
                    // between concurrent operations (a loader opens its own per batch). EF Core's check for such sharing
                    // writes an AsyncLocal on every row read, an ExecutionContext and a boxed flag each time: a cost with
                    // nothing left to catch.
                    .EnableThreadSafetyChecks(false)
                    .AddInterceptors(sp.GetRequiredService<SqlStatementCounter>(), SourceFailureTagger.Instance);
                if (options.Provider == DataProvider.Sqlite)
                {
                    o.AddInterceptors(SqliteFileGuard.Instance);
                    // Not the audit log: it only grows, and a growing file is mapped again as it grows, on every
                    // connection, for reads it hardly has.
                    if (options.SqliteMemoryMapMegabytes > 0 && source != Source.Audit)
                        o.AddInterceptors(sp.GetRequiredService<SqliteMemoryMap>());
                }
            });

        Add<RegistryContext>(Source.Registry);
        Add<EmploymentContext>(Source.Employment);
        Add<SocialContext>(Source.Social);
        Add<HealthContext>(Source.Health);
        Add<YouthContext>(Source.Youth);
        Add<AuditContext>(Source.Audit);
        services.AddSingleton<SourceStores>();
        return services;
    }

    /// <summary>
    /// <c>ConnectionStrings:&lt;Source&gt;</c> when set; otherwise, for the embedded default, a SQLite file per
    /// source in the data folder. SQL Server and PostgreSQL have no default: each department names its own database.
    /// </summary>
    public static string ConnectionString(IConfiguration configuration, DataOptions options, Source source)
    {
        var configured = configuration.GetConnectionString(source.ToString());
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;
        if (options.Provider != DataProvider.Sqlite)
            throw new InvalidOperationException($"ConnectionStrings:{source} must be set when JobMatch:Provider is {options.Provider}.");
        // ReadWrite, not ReadWriteCreate: a missing file is an outage to report, never a new empty source.
        // Default Timeout bounds how long a statement waits on another writer's lock (SQLite's busy timeout, 30 s by
        // default): a locked store answers as unavailable well within a request's execution timeout.
        return $"Data Source={Path.Combine(options.FullDataDirectory, source.ToString().ToLowerInvariant() + ".db")};Mode=ReadWrite;Pooling=True;Default Timeout=2";
    }
}
