using JobMatch.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobMatch.Graph.Http;

/// <summary>
/// Each source's state. One department's source down degrades only its fields; without the audit log no
/// personal data may leave, so that is unhealthy.
/// </summary>
public sealed class SourcesHealthCheck(SourceStores stores) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var states = new Dictionary<string, object>();
        var down = new List<Source>();
        foreach (var source in SourceStores.All)
        {
            var up = await stores.IsAvailableAsync(source, cancellationToken);
            states[source.ToString()] = up ? "Up" : "Down";
            if (!up)
                down.Add(source);
        }
        if (down.Count == 0)
            return HealthCheckResult.Healthy("Every source answers.", states);
        var description = "Unavailable: " + string.Join(", ", down) + ".";
        return down.Contains(Source.Audit) ? HealthCheckResult.Unhealthy(description, data: states) : HealthCheckResult.Degraded(description, data: states);
    }
}
