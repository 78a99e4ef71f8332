using System.Diagnostics;
using System.Diagnostics.Metrics;
using JobMatch.Data;

namespace JobMatch.Graph.Telemetry;

/// <summary>
/// JobMatch's own traces and metrics, next to ASP.NET Core's and GraphQL.NET's: one span per batch a source
/// answers, and counters per source. They cost nothing until a listener (the OpenTelemetry SDK) subscribes.
/// </summary>
public static class JobMatchTelemetry
{
    public const string Name = "JobMatch";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> Batches = Meter.CreateCounter<long>("jobmatch.source.batches", description: "Batched loads a source answered.");
    private static readonly Histogram<double> BatchDuration = Meter.CreateHistogram<double>("jobmatch.source.batch.duration", unit: "ms", description: "How long a source took to answer one batched load.");
    private static readonly Counter<long> Decisions = Meter.CreateCounter<long>("jobmatch.access.decisions", description: "Access decisions, by category and outcome.");
    private static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>("jobmatch.graphql.request.duration", unit: "ms", description: "GraphQL requests, end to end.");

    /// <summary>Starts the span of one batched load from a source; null when nobody listens.</summary>
    public static Activity? StartBatch(Source source, string loader, int keys)
    {
        var activity = Source.StartActivity($"load {loader}", ActivityKind.Client);
        activity?.SetTag("jobmatch.source", source.ToString());
        activity?.SetTag("jobmatch.loader", loader);
        activity?.SetTag("jobmatch.keys", keys);
        return activity;
    }

    public static void BatchDone(Source source, string loader, TimeSpan elapsed)
    {
        var tags = new TagList { { "source", source.ToString() }, { "loader", loader } };
        Batches.Add(1, tags);
        BatchDuration.Record(elapsed.TotalMilliseconds, tags);
    }

    public static void Decided(string category, bool allowed) =>
        Decisions.Add(1, new TagList { { "category", category }, { "allowed", allowed } });

    public static void RequestDone(string? operationName, TimeSpan elapsed, bool hadErrors) =>
        RequestDuration.Record(elapsed.TotalMilliseconds, new TagList { { "operation", operationName ?? "(anonymous)" }, { "errors", hadErrors } });
}
