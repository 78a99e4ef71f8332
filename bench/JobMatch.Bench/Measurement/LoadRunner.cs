using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobMatch.Bench.Measurement;

/// <summary>One window's numbers, as bench/load.mjs prints them.</summary>
public sealed record LoadResult(
    int Requests, double Seconds, double Rps, double? P50, double? P95, double? P99, double? Max,
    Dictionary<string, int> Statuses, int Unexpected, int Errors, int Timeouts)
{
    /// <summary>Every response time (ms), when asked for.</summary>
    public List<double>? Latencies { get; init; }

    /// <summary>The collected header of every response, when asked for.</summary>
    public List<string?>? Collected { get; init; }

    /// <summary>CPU time this process (the server) spent in the window, per response: filled in by the caller.</summary>
    [JsonIgnore]
    public double ServerCpuMsPerRequest { get; init; } = double.NaN;

    /// <summary>Responses with another status than the scenario expects, connection errors and timeouts.</summary>
    [JsonIgnore]
    public int Failures => Unexpected + Errors + Timeouts;
}

/// <summary>What one side of a scenario sends: the load generator replays it as is.</summary>
public sealed record RequestSpec(string Method, string Path, string? Body, IReadOnlyDictionary<string, string> Headers, int ExpectStatus);

/// <summary>Runs autocannon (bench/load.mjs) in its own process against this host on loopback, one window at a time.</summary>
public sealed class LoadRunner(string repoRoot, Uri server)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A window, with the CPU time this process spent serving it.</summary>
    public async Task<LoadResult> RunMeasuredAsync(RequestSpec request, int connections, double seconds, CancellationToken ct)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = await RunAsync(request, connections, seconds, null, ct);
        var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return result with { ServerCpuMsPerRequest = spent.TotalMilliseconds / Math.Max(1, result.Requests) };
    }

    public async Task<LoadResult> RunAsync(RequestSpec request, int connections, double? seconds, int? amount, CancellationToken ct, bool keepLatencies = false, string? collectHeader = null)
    {
        var spec = JsonSerializer.Serialize(new
        {
            url = new Uri(server, request.Path).ToString(),
            method = request.Method,
            headers = request.Headers,
            body = request.Body,
            connections,
            seconds,
            amount,
            expectStatus = request.ExpectStatus,
            keepLatencies,
            collectHeader,
        }, Json);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.Combine(repoRoot, "bench"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(repoRoot, "bench", "load.mjs"));
        start.ArgumentList.Add(spec);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A window never outlives its length by much: the generator stops itself, and this stops the generator.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromSeconds((seconds ?? 120) + 30));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            ct.ThrowIfCancellationRequested();
            throw new TimeoutException($"the load generator did not finish: {await error}");
        }
        var line = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (process.ExitCode != 0 || line is null)
            throw new InvalidOperationException($"the load generator failed ({process.ExitCode}): {await error}");
        return JsonSerializer.Deserialize<LoadResult>(line, Json)!;
    }
}
