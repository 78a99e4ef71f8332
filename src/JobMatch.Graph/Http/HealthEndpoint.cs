using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobMatch.Graph.Http;

/// <summary><c>GET /health</c>: overall status and each source's state, as JSON.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapSourcesHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            // A degraded graph still answers; load balancers keep it in rotation.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = (http, report) =>
            {
                http.Response.ContentType = "application/json; charset=utf-8";
                var entry = report.Entries.Values.FirstOrDefault();
                return http.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    status = report.Status.ToString(),
                    description = entry.Description,
                    sources = entry.Data,
                }));
            },
        });
        return app;
    }
}
