using JobMatch.Data;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Postgres;

/// <summary>
/// The real host on PostgreSQL: every source a fresh database of its own on the test server, migrated and seeded
/// on start as the embedded default is.
/// </summary>
public class PostgresHost : JobMatchHost
{
    public PostgresHost()
        : this(TestPostgres.FreshSources(), migrate: true)
    {
    }

    private PostgresHost(IReadOnlyDictionary<Source, string> sources, bool migrate)
    {
        Sources = sources;
        TestPostgres.Configure(Settings, sources, migrate);
        if (!migrate)
            Settings["JobMatch:SeedDemoData"] = "false";
    }

    public IReadOnlyDictionary<Source, string> Sources { get; }

    /// <summary>Another instance over the same databases; the first one migrated and seeded them.</summary>
    public static PostgresHost AnotherInstance(PostgresHost first) => new(first.Sources, migrate: false);
}
