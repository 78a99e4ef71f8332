using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobMatch.Graph.Http;

/// <summary>
/// <c>GET /health/live</c>: the process answers (no source is asked; restart it when this fails).
/// <c>GET /health/ready</c> and, as before, <c>GET /health</c>: overall status and each source's state, as JSON, from a
/// real query to each source; 503 when the audit log cannot be written (take the instance out of rotation).
/// </summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapSourcesHealth(this IEndpointRouteBuilder app)
    {
        var ready = new HealthCheckOptions
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
                    description = entry.Description ?? entry.Exception?.Message,
                    sources = entry.Data,
                }));
            },
        };
        app.MapHealthChecks("/health", ready);
        app.MapHealthChecks("/health/ready", ready);
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = (http, report) =>
            {
                http.Response.ContentType = "application/json; charset=utf-8";
                return http.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }));
            },
        });
        return app;
    }
}
