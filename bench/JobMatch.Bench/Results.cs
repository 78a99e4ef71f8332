using JobMatch.Bench.Measurement;
using JobMatch.Bench.Scenarios;

namespace JobMatch.Bench;

/// <summary>
/// What one side of a scenario cost per request in the sequential counted run before the load: statements, access
/// records, bytes allocated in this process (the client is another process); and the median latency of one request
/// alone, from a second sequential run after the load, on a warm process.
/// </summary>
public sealed record CountedCost(double Statements, IReadOnlyDictionary<string, double> StatementsBySource, double AuditRecords, double AllocatedBytes, double AloneMs);

/// <summary>Everything measured for one scenario.</summary>
public sealed class ScenarioResult(Scenario scenario)
{
    public Scenario Scenario { get; } = scenario;
    public string? Problem { get; set; }
    public CountedCost? GraphQLCost { get; set; }
    public CountedCost? BaselineCost { get; set; }
    public List<(LoadResult GraphQL, LoadResult Baseline)> Pairs { get; } = [];
    public int Failures => Pairs.Sum(p => p.GraphQL.Failures + p.Baseline.Failures);
    public bool Passed => Problem is null && Failures == 0 && Pairs.Count > 0;

    public Spread Throughput => Spread.Of(Pairs.Select(p => p.GraphQL.Rps / p.Baseline.Rps));
    public Spread P95 => Spread.Of(Pairs.Select(p => (p.GraphQL.P95 ?? double.NaN) / (p.Baseline.P95 ?? double.NaN)));
    /// <summary>The server's CPU time per request under load, GraphQL ÷ baseline per pair: less sensitive to a busy machine than throughput.</summary>
    public Spread CpuRatio => Spread.Of(Pairs.Select(p => p.GraphQL.ServerCpuMsPerRequest / p.Baseline.ServerCpuMsPerRequest));
    public double GraphQLCpuMs => Spread.Of(Pairs.Select(p => p.GraphQL.ServerCpuMsPerRequest)).Median;
    public double BaselineCpuMs => Spread.Of(Pairs.Select(p => p.Baseline.ServerCpuMsPerRequest)).Median;
    public double GraphQLRps => Spread.Of(Pairs.Select(p => p.GraphQL.Rps)).Median;
    public double BaselineRps => Spread.Of(Pairs.Select(p => p.Baseline.Rps)).Median;
    public double GraphQLP95 => Spread.Of(Pairs.Select(p => p.GraphQL.P95 ?? double.NaN)).Median;
    public double BaselineP95 => Spread.Of(Pairs.Select(p => p.Baseline.P95 ?? double.NaN)).Median;
}

/// <summary>Statements per request at one page size, for the page scenarios.</summary>
public sealed record PageSizeStatements(int PageSize, string Scenario, double GraphQL, double Baseline);
