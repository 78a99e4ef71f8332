using System.Globalization;
using JobMatch.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace JobMatch.Bench;

/// <summary>
/// Where the benchmark's sources live: SQLite files in a data folder (the embedded default), or one PostgreSQL database
/// per source on a server, named after the data set's size so that each size is seeded once and reused. Either way the
/// audit log starts empty every run.
/// </summary>
public abstract class BenchStore
{
    public abstract DataProvider Provider { get; }

    /// <summary>Where the data set lives, for the console and the report (no password: the server's own string is shown without it).</summary>
    public abstract string Describe();

    /// <summary>The host settings that point every source here.</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings();

    /// <summary>
    /// Before any host opens a source: a data set seeded with another number of citizens (or half-seeded) is removed,
    /// and the audit log always starts empty so that runs are alike and it does not grow from run to run.
    /// </summary>
    public abstract Task PrepareAsync(CancellationToken ct);

    /// <summary>After the run: a full run appends millions of access records, and the next run starts a fresh log anyway.</summary>
    public abstract Task DeleteAuditAsync();

    /// <summary>What the report says about the database's durability (the audit log commits once per request).</summary>
    public abstract Task<string> DurabilityAsync(CancellationToken ct);

    /// <summary>The seeding child's arguments that name this store.</summary>
    public abstract IEnumerable<string> Arguments();

    public static BenchStore For(BenchOptions options, string repoRoot) => options.Provider switch
    {
        DataProvider.Sqlite => new SqliteStore(Path.GetFullPath(options.DataDirectory ?? Path.Combine(repoRoot, "bench", "data", $"citizens-{options.Citizens}")), options.Citizens),
        DataProvider.PostgreSql => new PostgresStore(options.PostgresServer
            ?? throw new ArgumentException($"--provider postgresql needs a server: --postgres '<connection string>' or {BenchOptions.PostgresVariable} (eval \"$(bash scripts/postgres.sh start)\" starts one)."),
            options.DatabasePrefix ?? $"jmbench_{options.Citizens}", options.Citizens),
        _ => throw new ArgumentException($"The benchmark runs on sqlite or postgresql, not {options.Provider}."),
    };
}

public sealed class SqliteStore(string folder, int citizens) : BenchStore
{
    public override DataProvider Provider => DataProvider.Sqlite;

    public override string Describe() => folder;

    public override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?> { ["JobMatch:DataDirectory"] = folder };

    public override Task PrepareAsync(CancellationToken ct)
    {
        var registry = Path.Combine(folder, "registry.db");
        if (File.Exists(registry) && CountCitizens(registry) != citizens)
        {
            Console.WriteLine($"Removing {folder}: not seeded with {citizens} citizens.");
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);
        return DeleteAuditAsync();
    }

    public override Task DeleteAuditAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Path.Combine(folder, "audit.db" + suffix));
        return Task.CompletedTask;
    }

    public override Task<string> DurabilityAsync(CancellationToken ct) =>
        Task.FromResult("SQLite files in WAL mode, each commit synced (synchronous FULL)");

    public override IEnumerable<string> Arguments() => ["--data", folder];

    private static long CountCitizens(string file)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM Citizens";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return -1;
        }
    }
}

public sealed class PostgresStore(string server, string prefix, int citizens) : BenchStore
{
    public override DataProvider Provider => DataProvider.PostgreSql;

    private string Database(Source source) => $"{prefix}_{source.ToString().ToLowerInvariant()}";

    private string ConnectionString(Source source) =>
        // Two instances with a pool per source each stay well under the server's connections.
        new NpgsqlConnectionStringBuilder(server) { Database = Database(source), Pooling = true, MaxPoolSize = 32 }.ConnectionString;

    public override string Describe()
    {
        var b = new NpgsqlConnectionStringBuilder(server);
        return $"PostgreSQL on {b.Host}:{b.Port}, databases {prefix}_*";
    }

    public override IReadOnlyDictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["JobMatch:Provider"] = nameof(DataProvider.PostgreSql),
            // The benchmark migrates once, before any host starts; an instance does not.
            ["JobMatch:MigrateOnStart"] = "false",
        };
        foreach (var source in SourceStores.All)
            settings[$"ConnectionStrings:{source}"] = ConnectionString(source);
        return settings;
    }

    public IReadOnlyDictionary<Source, string> ConnectionStrings() => SourceStores.All.ToDictionary(s => s, ConnectionString);

    public override async Task PrepareAsync(CancellationToken ct)
    {
        if (await CountCitizensAsync(ct) is { } count && count != citizens)
        {
            Console.WriteLine($"Dropping {prefix}_*: seeded with {count} citizens, not {citizens}.");
            foreach (var source in SourceStores.All)
                await DropAsync(Database(source), ct);
        }
        await DeleteAuditAsync();
    }

    public override Task DeleteAuditAsync() => DropAsync(Database(Source.Audit), CancellationToken.None);

    public override async Task<string> DurabilityAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT version(), current_setting('fsync'), current_setting('synchronous_commit'), current_setting('shared_buffers')", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var version = reader.GetString(0).Split(' ').Take(2);
        return string.Create(CultureInfo.InvariantCulture,
            $"{string.Join(' ', version)} on loopback, fsync {reader.GetString(1)}, synchronous_commit {reader.GetString(2)}, shared_buffers {reader.GetString(3)}");
    }

    public override IEnumerable<string> Arguments() => ["--provider", "postgresql", "--postgres", server, "--databases", prefix];

    /// <summary>The Registry's citizens, or null when its database does not exist yet.</summary>
    private async Task<long?> CountCitizensAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(ct);
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection))
        {
            exists.Parameters.AddWithValue("name", Database(Source.Registry));
            if (await exists.ExecuteScalarAsync(ct) is null)
                return null;
        }
        try
        {
            await using var registry = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = Database(Source.Registry), Pooling = false }.ConnectionString);
            await registry.OpenAsync(ct);
            await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM \"Citizens\"", registry);
            return (long)(await count.ExecuteScalarAsync(ct))!;
        }
        catch (PostgresException)
        {
            // Created but not migrated: as good as half-seeded.
            return -1;
        }
    }

    private async Task DropAsync(string database, CancellationToken ct)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(ct);
        // The name is the benchmark's own (a prefix of letters, digits and underscores, and the source).
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync(ct);
    }
}
