using JobMatch.Data;
using Npgsql;

namespace JobMatch.Tests.Postgres;

/// <summary>
/// The throwaway PostgreSQL server scripts/test.sh starts (scripts/postgres.sh), named by JOBMATCH_TEST_POSTGRES.
/// A test that needs it fails, never skips, when it is missing: a run that says it passed has run them.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "JOBMATCH_TEST_POSTGRES";

    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"{Variable} is not set, so the PostgreSQL tests cannot run. Run them through scripts/test.sh, which starts a throwaway server, "
            + "or start one yourself: eval \"$(bash scripts/postgres.sh start)\" (and 'bash scripts/postgres.sh stop' afterwards).");

    /// <summary>A connection string to a database of this name on the test server (created by the first migration).</summary>
    public static string Database(string name) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = name, Pooling = true, MaxPoolSize = 20 }.ConnectionString;

    /// <summary>A fresh set of database names, one per source, so each host or test owns its own.</summary>
    public static Dictionary<Source, string> FreshSources()
    {
        var prefix = "jm_" + Guid.NewGuid().ToString("N")[..16];
        return SourceStores.All.ToDictionary(s => s, s => Database(prefix + "_" + s.ToString().ToLowerInvariant()));
    }

    /// <summary>The host settings that put every source on PostgreSQL.</summary>
    public static void Configure(IDictionary<string, string?> settings, IReadOnlyDictionary<Source, string> sources, bool migrate)
    {
        settings["JobMatch:Provider"] = nameof(DataProvider.PostgreSql);
        settings["JobMatch:MigrateOnStart"] = migrate ? "true" : "false";
        foreach (var (source, connection) in sources)
            settings[$"ConnectionStrings:{source}"] = connection;
    }
}
