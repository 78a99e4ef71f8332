using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace JobMatch.Graph.Telemetry;

public static class TelemetrySetup
{
    /// <summary>
    /// Exports traces and metrics over OTLP when <c>JobMatch:Telemetry:OtlpEndpoint</c> is set (off by default):
    /// the HTTP request, GraphQL.NET's parse, validation and execution, and each source's batched loads.
    /// </summary>
    public static WebApplicationBuilder AddJobMatchTelemetry(this WebApplicationBuilder builder)
    {
        var endpoint = builder.Configuration["JobMatch:Telemetry:OtlpEndpoint"];
        if (string.IsNullOrWhiteSpace(endpoint))
            return builder;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("JobMatch"))
            .WithTracing(tracing => tracing
                .AddSource(JobMatchTelemetry.Name, "GraphQL")
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = new Uri(endpoint)))
            .WithMetrics(metrics => metrics
                .AddMeter(JobMatchTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = new Uri(endpoint)));
        return builder;
    }
}
