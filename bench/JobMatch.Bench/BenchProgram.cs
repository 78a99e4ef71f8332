using System.Diagnostics;
using JobMatch.Bench.Measurement;
using JobMatch.Bench.Scenarios;
using JobMatch.Data;
using JobMatch.Graph.Auth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace JobMatch.Bench;

/// <summary>
/// The side-by-side benchmark: seeds (or reuses) a data set, starts the real JobMatch host with a hand-written baseline
/// beside it, checks both answer alike, counts statements and allocations per request, then loads both from autocannon
/// in alternating windows and writes the table. See BENCHMARKS.md.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var repoRoot = FindRepoRoot();
        BenchOptions options;
        BenchStore store;
        try
        {
            options = BenchOptions.Parse(args, repoRoot);
            store = BenchStore.For(options, repoRoot);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
            Console.WriteLine("0 passed, 1 failed");
            return 2;
        }
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        var ct = stop.Token;
        var started = Stopwatch.StartNew();

        if (args.FirstOrDefault() == SeedVerb)
        {
            // The child process that seeds: its memory (the whole generated data set) dies with it.
            await using var seeding = BenchHost.Build(repoRoot, store);
            await BenchData.EnsureAsync(seeding.Services, options.Citizens, ct);
            return 0;
        }

        await store.PrepareAsync(ct);
        if (await SeedInChildAsync(store, options.Citizens, ct) is not 0)
        {
            Console.WriteLine("Seeding failed.");
            Console.WriteLine("0 passed, 1 failed");
            return 1;
        }
        if (options.Instances == 2)
            return await TwoInstances.RunAsync(repoRoot, options, store, args, started, stop);

        using var statements = new StatementCounter();
        using var memory = new MemorySampler();
        await using var app = BenchHost.Build(repoRoot, store);
        // SIGTERM (bench/run.sh's trap, a CI timeout) stops the host; the run stops with it, between windows or in one.
        app.Lifetime.ApplicationStopping.Register(stop.Cancel);
        await app.Services.GetRequiredService<SourceStores>().MigrateAllAsync(ct);
        await app.StartAsync(ct);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Console.WriteLine($"JobMatch and the baseline are listening on {address} ({options.Citizens:N0} citizens, {store.Describe()}), process {Environment.ProcessId}.");
        if (options.Hold)
        {
            // For profiling: the host stays up, with tokens to call it with, until Ctrl-C.
            var key = app.Services.GetRequiredService<LocalSigningKey>();
            Console.WriteLine($"BIF caseworker: {ScenarioCatalog.Token(key, JobMatch.Graph.Access.Departments.Employment)}");
            Console.WriteLine($"SOF caseworker: {ScenarioCatalog.Token(key, JobMatch.Graph.Access.Departments.Social)}");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
            }
            await app.StopAsync(CancellationToken.None);
            return 0;
        }

        var catalog = new ScenarioCatalog(repoRoot, app.Services.GetRequiredService<LocalSigningKey>()) { DeepCursor = await BenchData.DeepCursorAsync(app.Services, ct) };
        var scenarios = catalog.All(options.PageSize).Where(s => options.Only.Count == 0 || options.Only.Contains(s.Key)).ToList();
        using var client = new HttpClient { BaseAddress = address };
        var verification = new Verification(client, app.Services);
        var load = new LoadRunner(repoRoot, address);
        var artifacts = Path.Combine(repoRoot, "bench", "out");
        var results = scenarios.Select(s => new ScenarioResult(s)).ToList();

        try
        {
            foreach (var result in results)
            {
                if (options.ShowSql)
                    statements.LogTo = line => Console.WriteLine($"    {line}");
                result.Problem = await verification.CheckAsync(result.Scenario, artifacts, ct);
                statements.LogTo = null;
                Console.WriteLine($"Scenario {result.Scenario.Key}: {(result.Problem is null ? "both sides answer alike" : "NOT COMPARABLE: " + result.Problem)}");
            }

            var pageSizes = new List<PageSizeStatements>();
            if (!options.Smoke)
                foreach (var size in new[] { 10, 50, 100 })
                    foreach (var scenario in new[] { catalog.StatusPage(size), catalog.DetailPage(size) }.Where(s => options.Only.Count == 0 || options.Only.Contains(s.Key)))
                        pageSizes.Add(new(size, scenario.Key,
                            await StatementsOfOneAsync(verification, statements, scenario.GraphQL, ct),
                            await StatementsOfOneAsync(verification, statements, scenario.Baseline, ct)));

            // The counts come before the load: bytes allocated are GC.GetTotalAllocatedBytes, which .NET 10 sums over
            // the server GC's active heaps only, so it can fall when DATAS gives heaps back after a load.
            foreach (var result in results.Where(r => r.Problem is null))
            {
                var amount = Amount(options, result.Scenario);
                result.GraphQLCost = await CountAsync(app.Services, load, statements, result.Scenario.GraphQL, amount, ct);
                result.BaselineCost = await CountAsync(app.Services, load, statements, result.Scenario.Baseline, amount, ct);
            }

            foreach (var result in results.Where(r => r.Problem is null))
            {
                for (var pair = 0; pair < options.WarmupPairs + options.Pairs; pair++)
                {
                    var measured = pair >= options.WarmupPairs;
                    if (measured)
                        memory.Start(result.Scenario.Key);
                    var graph = await load.RunMeasuredAsync(result.Scenario.GraphQL, options.Connections, options.WindowSeconds, ct);
                    var baseline = await load.RunMeasuredAsync(result.Scenario.Baseline, options.Connections, options.WindowSeconds, ct);
                    memory.Stop();
                    Console.WriteLine($"  {result.Scenario.Key} {(measured ? $"pair {pair - options.WarmupPairs + 1}" : "warm-up")}: " +
                        $"GraphQL {graph.Rps,7:0.0}/s p95 {graph.P95,7:0.00} ms | baseline {baseline.Rps,7:0.0}/s p95 {baseline.P95,7:0.00} ms | " +
                        $"ratio {graph.Rps / baseline.Rps:0.00} | CPU ms/req {graph.ServerCpuMsPerRequest:0.00} / {baseline.ServerCpuMsPerRequest:0.00}{(graph.Failures + baseline.Failures > 0 ? $" | FAILURES {graph.Failures}+{baseline.Failures}" : "")}");
                    if (measured)
                        result.Pairs.Add((graph, baseline));
                    ct.ThrowIfCancellationRequested();
                }
            }

            // A request alone is timed again after the load, on a warm process, as a user meets it: before it, the
            // GraphQL side's larger body of code still ran partly unoptimised (tier 0) and timed up to 2.3× slower.
            foreach (var result in results.Where(r => r.GraphQLCost is not null && r.BaselineCost is not null))
            {
                var amount = Amount(options, result.Scenario);
                result.GraphQLCost = result.GraphQLCost! with { AloneMs = await AloneAsync(load, result.Scenario.GraphQL, amount, ct) };
                result.BaselineCost = result.BaselineCost! with { AloneMs = await AloneAsync(load, result.Scenario.Baseline, amount, ct) };
            }

            var report = new Report(options, args, results, pageSizes, memory, started.Elapsed, await store.DurabilityAsync(ct));
            Console.WriteLine();
            Console.WriteLine(report.Table());
            Console.WriteLine(report.CostTable());
            if (memory.Of() is { Count: > 0 } samples)
                Console.WriteLine($"Private memory under load: median {Spread.Of(samples.Select(b => (double)b)).Median / 1048576:0} MB, max {samples.Max() / 1048576} MB ({samples.Count} samples); " +
                    $"working set with the mapped SQLite files median {Spread.Of(memory.WorkingSetOf().Select(b => (double)b)).Median / 1048576:0} MB; " +
                    $"GC heap now {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576} MB, committed {GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576} MB, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC" +
                    (store.Provider == DataProvider.Sqlite ? $"; SQLite's page caches and statements now {SQLitePCL.raw.sqlite3_memory_used() / 1048576} MB, peak {SQLitePCL.raw.sqlite3_memory_highwater(0) / 1048576} MB." : "."));
            if (options.Summary is { } summary)
                report.AppendSummary(summary);
            if (options.Output is { } output)
            {
                report.WriteInto(output);
                Console.WriteLine($"Results written to {output}.");
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.WriteLine("Interrupted.");
            return 130;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            // A full run appends millions of access records (gigabytes); the next run starts a fresh log anyway.
            await store.DeleteAuditAsync();
        }

        var passed = results.Count(r => r.Passed);
        Console.WriteLine($"{passed} passed, {results.Count - passed} failed");
        return passed == results.Count ? 0 : 1;
    }

    public const string SeedVerb = "seed";

    internal static async Task<int> SeedInChildAsync(BenchStore store, int citizens, CancellationToken ct)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            start.ArgumentList.Add(typeof(BenchProgram).Assembly.Location);
        foreach (var arg in new[] { SeedVerb, "--citizens", citizens.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(store.Arguments()))
            start.ArgumentList.Add(arg);
        using var child = Process.Start(start)!;
        try
        {
            await child.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw;
        }
        return child.ExitCode;
    }

    /// <summary>The statements one request runs, after one warm-up request of the same kind.</summary>
    private static async Task<double> StatementsOfOneAsync(Verification client, StatementCounter statements, RequestSpec spec, CancellationToken ct)
    {
        await client.SendAsync(spec, ct);
        var before = statements.Snapshot();
        await client.SendAsync(spec, ct);
        var after = statements.Snapshot();
        return after.Zip(before, (a, b) => a - b).Where((_, source) => source != (int)Source.Audit).Sum();
    }

    /// <summary>
    /// A sequential run from the load generator (one connection, a fixed number of requests): statements, access records
    /// and bytes allocated in this process per request. The client is another process, so its allocations do not count.
    /// (CPU time is taken under load instead: alone, idle thread-pool threads spinning between requests would count.)
    /// </summary>
    private static async Task<CountedCost> CountAsync(IServiceProvider services, LoadRunner load, StatementCounter statements, RequestSpec spec, int amount, CancellationToken ct)
    {
        await load.RunAsync(spec, 1, null, Math.Max(1, amount / 10), ct);
        var auditBefore = await BenchData.AuditRecordsAsync(services, ct);
        var before = statements.Snapshot();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var run = await load.RunAsync(spec, 1, null, amount, ct);
        var allocatedAfter = GC.GetTotalAllocatedBytes(precise: true);
        var after = statements.Snapshot();
        var auditAfter = await BenchData.AuditRecordsAsync(services, ct);
        var n = Math.Max(1, run.Requests);
        var bySource = Enum.GetValues<Source>().ToDictionary(s => s.ToString(), s => (double)(after[(int)s] - before[(int)s]) / n);
        return new CountedCost(
            bySource.Where(s => s.Key != nameof(Source.Audit)).Sum(s => s.Value),
            bySource,
            (double)(auditAfter - auditBefore) / n,
            (double)(allocatedAfter - allocated) / n,
            AloneMs: double.NaN); // timed after the load, warm (AloneAsync)
    }

    private static int Amount(BenchOptions options, Scenario scenario) =>
        Math.Max(options.Connections, scenario.Key == "3" ? options.Counted / 5 : options.Counted);

    /// <summary>The median latency of one request at a time from the load generator, after a tenth as many unmeasured.</summary>
    private static async Task<double> AloneAsync(LoadRunner load, RequestSpec spec, int amount, CancellationToken ct)
    {
        await load.RunAsync(spec, 1, null, Math.Max(1, amount / 10), ct);
        return (await load.RunAsync(spec, 1, null, amount, ct)).P50 ?? double.NaN;
    }

    internal static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "JobMatch.sln")))
                return dir.FullName;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "JobMatch.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Run the benchmark from inside the JobMatch repository.");
    }
}
