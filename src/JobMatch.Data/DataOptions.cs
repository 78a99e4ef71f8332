namespace JobMatch.Data;

/// <summary>Where the sources live. Bound from the <c>JobMatch</c> configuration section.</summary>
public sealed class DataOptions
{
    public const string Section = "JobMatch";

    /// <summary>Folder for the embedded default's SQLite files (and the local signing key).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary><see cref="DataProvider.Sqlite"/> (embedded default) or <see cref="DataProvider.SqlServer"/>.</summary>
    public DataProvider Provider { get; set; } = DataProvider.Sqlite;

    /// <summary>Seed the demo data set into empty embedded sources on start; when not set, in Development only.</summary>
    public bool? SeedDemoData { get; set; }

    public string FullDataDirectory => Path.GetFullPath(DataDirectory);
}

public enum DataProvider
{
    Sqlite,
    SqlServer,
}
