using JobMatch.Data;
using JobMatch.Graph.Audit;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobMatch.Graph.Http;

/// <summary>
/// Each source's state, from a real query to each (and, for the audit log, a rolled-back write). One department's
/// source down degrades only its fields; without a writable audit log no personal data may leave, so that is
/// unhealthy, as is an append that failed in the last half minute with none succeeding since.
/// </summary>
public sealed class SourcesHealthCheck(SourceStores stores, AuditWriter audit) : IHealthCheck
{
    private static readonly TimeSpan FailureMemory = TimeSpan.FromSeconds(30);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var states = new Dictionary<string, object>();
        var problems = new Dictionary<Source, string>();
        await Task.WhenAll(SourceStores.All.Select(async source =>
        {
            var problem = await stores.ProblemAsync(source, cancellationToken);
            if (source == Source.Audit && problem is null && audit.RecentFailure(FailureMemory) is { } failure)
                problem = "The latest audit append failed: " + failure;
            lock (problems)
            {
                states[source.ToString()] = problem is null ? "Up" : "Down";
                if (problem is not null)
                    problems[source] = problem;
            }
        }));
        if (problems.Count == 0)
            return HealthCheckResult.Healthy("Every source answers.", states);
        foreach (var (source, problem) in problems)
            states[source + "Problem"] = problem;
        var description = "Unavailable: " + string.Join(", ", problems.Keys.Order()) + ".";
        return problems.ContainsKey(Source.Audit) ? HealthCheckResult.Unhealthy(description, data: states) : HealthCheckResult.Degraded(description, data: states);
    }
}
