using System.Globalization;
using JobMatch.Data;

namespace JobMatch.Bench;

/// <summary>
/// The command line: <c>--citizens N --pairs N --window S --connections N --page N --out FILE --smoke</c>,
/// <c>--provider sqlite|postgresql --postgres CONNECTION</c>, <c>--instances 2</c>, <c>--summary FILE</c>.
/// </summary>
public sealed record BenchOptions
{
    public const string PostgresVariable = "JOBMATCH_TEST_POSTGRES";

    public int Citizens { get; init; } = 100_000;
    public string? DataDirectory { get; init; }
    public DataProvider Provider { get; init; } = DataProvider.Sqlite;
    /// <summary>The PostgreSQL server (a connection string to its maintenance database); the benchmark creates its own databases there.</summary>
    public string? PostgresServer { get; init; }
    /// <summary>The PostgreSQL databases' common prefix; by default one set per data-set size.</summary>
    public string? DatabasePrefix { get; init; }
    /// <summary>1: GraphQL beside the hand-written baseline. 2: one instance against two on the same databases (GraphQL).</summary>
    public int Instances { get; init; } = 1;
    /// <summary>A file each scenario's medians are appended to as one tab-separated line (for the growth table).</summary>
    public string? Summary { get; init; }
    /// <summary>Measured GraphQL/baseline window pairs per scenario.</summary>
    public int Pairs { get; init; } = 10;
    /// <summary>Pairs run first and discarded.</summary>
    public int WarmupPairs { get; init; } = 1;
    public double WindowSeconds { get; init; } = 3;
    public int Connections { get; init; } = 8;
    public int PageSize { get; init; } = 50;
    /// <summary>Requests in the sequential run that counts statements and allocations (a fifth of it for scenario 3).</summary>
    public int Counted { get; init; } = 100;
    /// <summary>Where the results go: a markdown file whose generated section is replaced, or none.</summary>
    public string? Output { get; init; }
    public bool Smoke { get; init; }
    /// <summary>Start the host and keep it up (for a profiler); measure nothing.</summary>
    public bool Hold { get; init; }
    /// <summary>Print every SQL statement of the verification requests (both sides).</summary>
    public bool ShowSql { get; init; }
    /// <summary>Scenario keys to run (e.g. 1,3); all when empty.</summary>
    public IReadOnlySet<string> Only { get; init; } = new HashSet<string>();

    public static BenchOptions Parse(string[] args, string repoRoot)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        double Double(string name, double fallback) => Value(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

        var smoke = args.Contains("--smoke");
        var defaults = smoke
            ? new BenchOptions { Citizens = 300, Pairs = 1, WarmupPairs = 0, WindowSeconds = 2, Connections = 4, Counted = 10, Smoke = true }
            : new BenchOptions { Output = Path.Combine(repoRoot, "BENCHMARKS.md") };
        var provider = (Value("--provider") ?? "sqlite").ToLowerInvariant() switch
        {
            "sqlite" => DataProvider.Sqlite,
            "postgresql" or "postgres" => DataProvider.PostgreSql,
            var other => throw new ArgumentException($"--provider is sqlite or postgresql, not '{other}'."),
        };
        var instances = Int("--instances", 1);
        if (instances is not (1 or 2))
            throw new ArgumentException("--instances is 1 (GraphQL beside the baseline) or 2 (one instance against two).");
        if (instances == 2 && provider != DataProvider.PostgreSql)
            throw new ArgumentException("--instances 2 shares one server database between the instances: add --provider postgresql.");
        var output = Value("--out") ?? defaults.Output;
        return defaults with
        {
            Citizens = Int("--citizens", defaults.Citizens),
            DataDirectory = Value("--data"),
            Provider = provider,
            PostgresServer = Value("--postgres") ?? (Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null),
            DatabasePrefix = Value("--databases"),
            Instances = instances,
            Summary = Value("--summary"),
            Pairs = Int("--pairs", defaults.Pairs),
            WarmupPairs = Int("--warmup", defaults.WarmupPairs),
            WindowSeconds = Double("--window", defaults.WindowSeconds),
            Connections = Int("--connections", defaults.Connections),
            PageSize = Int("--page", defaults.PageSize),
            Counted = Int("--counted", defaults.Counted),
            Output = output is "-" or "none" ? null : output,
            Hold = args.Contains("--hold"),
            ShowSql = args.Contains("--sql"),
            Only = (Value("--only") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(),
        };
    }
}
