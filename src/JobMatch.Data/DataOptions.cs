namespace JobMatch.Data;

/// <summary>Where the sources live. Bound from the <c>JobMatch</c> configuration section.</summary>
public sealed class DataOptions
{
    public const string Section = "JobMatch";

    /// <summary>Folder for the embedded default's SQLite files (and the local signing key).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// <see cref="DataProvider.Sqlite"/> (embedded default), <see cref="DataProvider.SqlServer"/> or
    /// <see cref="DataProvider.PostgreSql"/>; a server database needs <c>ConnectionStrings:&lt;Source&gt;</c> for every source.
    /// </summary>
    public DataProvider Provider { get; set; } = DataProvider.Sqlite;

    /// <summary>Seed the demo data set into empty embedded sources on start; when not set, in Development only.</summary>
    public bool? SeedDemoData { get; set; }

    /// <summary>
    /// Migrate (and, with <see cref="SeedDemoData"/>, seed) every source when the server starts. Null: only the embedded
    /// default does; a server database is migrated by the operator's <c>migrate</c> verb, once, not by every instance.
    /// </summary>
    public bool? MigrateOnStart { get; set; }

    /// <summary>
    /// How much of each embedded source's file its connections read through a memory map (<c>PRAGMA mmap_size</c>),
    /// in megabytes (SQLite caps it at its compiled limit, about 2 GB); 0 reads every page by a system call into the
    /// connection's own cache. The map shares the operating system's page cache between all pooled connections, so a
    /// large source is not read into each again. The audit log is never mapped: it only grows.
    /// </summary>
    public int SqliteMemoryMapMegabytes { get; set; } = 4096;

    public bool ShouldMigrateOnStart => MigrateOnStart ?? Provider == DataProvider.Sqlite;

    public string FullDataDirectory => Path.GetFullPath(DataDirectory);
}

public enum DataProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}
