using JobMatch.Data.Diagnostics;

namespace JobMatch.Graph.Http;

/// <summary>What a request cost, shown in Development so a developer sees batching at work.</summary>
public static class RequestDiagnostics
{
    public static Dictionary<string, object> Describe(SqlStatementLog statements, TimeSpan elapsed) => new()
    {
        ["totalMs"] = Math.Round(elapsed.TotalMilliseconds, 2),
        ["sqlStatements"] = statements.Total,
        ["sources"] = statements.BySource.OrderBy(s => s.Key).ToDictionary(
            s => s.Key.ToString(),
            s => new Dictionary<string, object> { ["statements"] = s.Value.Count, ["ms"] = Math.Round(s.Value.Duration.TotalMilliseconds, 2) }),
    };
}
