using System.Diagnostics;
using System.Globalization;
using System.Text;
using JobMatch.Bench.Measurement;
using JobMatch.Bench.Scenarios;
using JobMatch.Data;
using JobMatch.Data.Audit;
using JobMatch.Graph.Audit;
using JobMatch.Graph.Auth;
using JobMatch.Graph.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Bench;

/// <summary>
/// One instance against two on the same PostgreSQL databases (the GraphQL side): in alternating windows, all
/// connections to the first instance, then half to each. Both instances append to one audit chain, serialised in the
/// database. Afterwards a run of a fixed number of requests per scenario, spread over both, is looked up in the log:
/// every response's correlation id is there exactly once with the scenario's records, and the whole chain verifies,
/// in this process and through the program's own <c>verify-audit</c> verb.
/// </summary>
public static class TwoInstances
{
    public const string Start = "<!-- bench:instances:start (written by bench/run.sh --instances 2; edit outside these markers) -->";
    public const string End = "<!-- bench:instances:end -->";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private sealed record Pair(LoadResult One, double TwoRps, double TwoP95, int TwoFailures, double OneCpuMs, double TwoCpuMs);

    public static async Task<int> RunAsync(string repoRoot, BenchOptions options, BenchStore store, string[] args, Stopwatch started, CancellationTokenSource stop)
    {
        var ct = stop.Token;
        var loadBefore = Report.LoadAverage();
        var key = BenchHost.NewSigningKey();
        await using var first = BenchHost.Build(repoRoot, store, key);
        await using var second = BenchHost.Build(repoRoot, store, key);
        // SIGTERM stops the hosts and the run with them; the run's own stop, before the log is read, does not.
        var onStop = new[] { first, second }.Select(app => app.Lifetime.ApplicationStopping.Register(stop.Cancel)).ToList();
        // Migrated once, as an operator's migrate verb does; neither instance migrates on start.
        await first.Services.GetRequiredService<SourceStores>().MigrateAllAsync(ct);
        await first.StartAsync(ct);
        await second.StartAsync(ct);
        var addresses = new[] { first, second }.Select(Address).ToArray();
        Console.WriteLine($"Two JobMatch instances are listening on {addresses[0]} and {addresses[1]} ({options.Citizens:N0} citizens, {store.Describe()}), process {Environment.ProcessId}.");

        var catalog = new ScenarioCatalog(repoRoot, first.Services.GetRequiredService<LocalSigningKey>()) { DeepCursor = await BenchData.DeepCursorAsync(first.Services, ct) };
        var scenarios = catalog.All(options.PageSize).Where(s => options.Only.Count == 0 || options.Only.Contains(s.Key)).ToList();
        var problems = new Dictionary<string, string>();
        var pairs = scenarios.ToDictionary(s => s.Key, _ => new List<Pair>());
        var audit = new Dictionary<string, string?>();
        var loads = addresses.Select(a => new LoadRunner(repoRoot, a)).ToArray();
        string? chain = null;
        var running = true;
        try
        {
            foreach (var scenario in scenarios)
                foreach (var (app, address) in new[] { first, second }.Zip(addresses))
                {
                    using var client = new HttpClient { BaseAddress = address };
                    if (await new Verification(client, app.Services).CheckAsync(scenario, Path.Combine(repoRoot, "bench", "out"), ct) is { } problem)
                        problems.TryAdd(scenario.Key, $"{address}: {problem}");
                }
            foreach (var scenario in scenarios)
                Console.WriteLine($"Scenario {scenario.Key}: {(problems.TryGetValue(scenario.Key, out var p) ? "NOT COMPARABLE: " + p : "both instances answer as the baseline does")}");

            foreach (var scenario in scenarios.Where(s => !problems.ContainsKey(s.Key)))
                for (var pair = 0; pair < options.WarmupPairs + options.Pairs; pair++)
                {
                    var measured = pair >= options.WarmupPairs;
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var one = await loads[0].RunAsync(scenario.GraphQL, options.Connections, options.WindowSeconds, null, ct);
                    var oneCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                    cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var half = options.Connections / 2;
                    var both = await Task.WhenAll(
                        loads[0].RunAsync(scenario.GraphQL, half, options.WindowSeconds, null, ct, keepLatencies: true),
                        loads[1].RunAsync(scenario.GraphQL, options.Connections - half, options.WindowSeconds, null, ct, keepLatencies: true));
                    var twoCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                    var latencies = both.SelectMany(b => b.Latencies ?? []).Order().ToList();
                    var twoRequests = both.Sum(b => b.Requests);
                    var result = new Pair(one, both.Sum(b => b.Rps), Percentile(latencies, 95), both.Sum(b => b.Failures),
                        oneCpu.TotalMilliseconds / Math.Max(1, one.Requests), twoCpu.TotalMilliseconds / Math.Max(1, twoRequests));
                    Console.WriteLine($"  {scenario.Key} {(measured ? $"pair {pair - options.WarmupPairs + 1}" : "warm-up")}: " +
                        $"one instance {one.Rps,7:0.0}/s p95 {one.P95,7:0.00} ms | two {result.TwoRps,7:0.0}/s p95 {result.TwoP95,7:0.00} ms | ratio {result.TwoRps / one.Rps:0.00}" +
                        $"{(one.Failures + result.TwoFailures > 0 ? $" | FAILURES {one.Failures}+{result.TwoFailures}" : "")}");
                    if (measured)
                        pairs[scenario.Key].Add(result);
                    ct.ThrowIfCancellationRequested();
                }

            // A fixed number of requests, so every one is answered before the log is read.
            var checkedRuns = new List<(Scenario Scenario, List<string?> Ids)>();
            foreach (var scenario in scenarios.Where(s => !problems.ContainsKey(s.Key)))
            {
                var amount = Math.Max(options.Connections, scenario.Key == "3" ? options.Counted / 5 : options.Counted);
                var runs = await Task.WhenAll(loads.Select(l => l.RunAsync(scenario.GraphQL, Math.Max(1, options.Connections / 2), null, amount, ct, collectHeader: GraphQLHttpEndpoint.CorrelationHeader)));
                checkedRuns.Add((scenario, runs.SelectMany(r => r.Collected ?? []).ToList()));
            }
            // Stopped first, so nothing is still being written when the log is read.
            running = false;
            onStop.ForEach(r => r.Dispose());
            await second.StopAsync(CancellationToken.None);
            await first.StopAsync(CancellationToken.None);
            foreach (var (scenario, ids) in checkedRuns)
            {
                audit[scenario.Key] = await CheckAuditAsync(first.Services, scenario, ids, ct);
                Console.WriteLine($"Scenario {scenario.Key}'s {ids.Count} checked requests: {audit[scenario.Key] ?? Intact(scenario)}");
            }
            chain = await CheckChainAsync(first.Services, repoRoot, store, key, ct);
            Console.WriteLine(chain);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.WriteLine("Interrupted.");
            return 130;
        }
        finally
        {
            if (running)
            {
                await second.StopAsync(CancellationToken.None);
                await first.StopAsync(CancellationToken.None);
            }
            await store.DeleteAuditAsync();
        }

        var table = Table(scenarios, pairs, problems, audit);
        Console.WriteLine();
        Console.WriteLine(table);
        var chainIntact = chain is not null && chain.StartsWith("verify-audit: The access log is intact", StringComparison.Ordinal);
        if (options.Output is { } output)
        {
            var s = new StringBuilder();
            s.AppendLine(Start);
            s.AppendLine(Invariant, $"Latest run: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, `bash bench/run.sh {Report.Command(args)}`, {started.Elapsed.TotalMinutes:0.0} min in all.");
            s.AppendLine();
            s.AppendLine(Invariant, $"Machine: {Report.Machine()}; load average before the run {loadBefore}.");
            s.AppendLine();
            s.AppendLine(Invariant, $"Data: {options.Citizens:N0} citizens; {await store.DurabilityAsync(CancellationToken.None)}. Two hosts in one process, each with its own connection pools, caches and audit writer, sharing the process's thread pool and the machine's 2 cores. Load: {options.Connections} connections, {options.Pairs} pairs of {options.WindowSeconds:0.#} s windows per scenario (all connections to one instance, then half to each), {options.WarmupPairs} warm-up pair(s) discarded; ratios are two ÷ one per pair.");
            s.AppendLine();
            s.Append(table);
            s.AppendLine();
            s.AppendLine(Invariant, $"Audit log afterwards: {chain}");
            s.AppendLine(End);
            Report.WriteSection(output, Start, End, s.ToString());
            Console.WriteLine($"Results written to {output}.");
        }
        var passed = scenarios.Count(s => !problems.ContainsKey(s.Key) && pairs[s.Key].Count > 0 && pairs[s.Key].All(p => p.One.Failures + p.TwoFailures == 0) && audit.GetValueOrDefault(s.Key, "not checked") is null);
        var failed = scenarios.Count - passed + (chainIntact ? 0 : 1);
        Console.WriteLine($"{passed + (chainIntact ? 1 : 0)} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    private static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];

    /// <summary>
    /// Every response of the checked run is in the log exactly once, and with the same records as the others (the same
    /// request sent again writes the same records). A document that does not parse writes no row at all.
    /// </summary>
    private static async Task<string?> CheckAuditAsync(IServiceProvider services, Scenario scenario, List<string?> ids, CancellationToken ct)
    {
        if (ids.Count == 0 || ids.Any(id => string.IsNullOrEmpty(id)))
            return "a response came without a correlation id";
        if (ids.Distinct().Count() != ids.Count)
            return "two responses carried the same correlation id";
        await using var db = await services.GetRequiredService<IDbContextFactory<AuditContext>>().CreateDbContextAsync(ct);
        var rows = await db.AccessRequests.Where(q => ids.Contains(q.CorrelationId))
            .Select(q => new { q.CorrelationId, Records = q.Records.OrderBy(r => r.CitizenId).ThenBy(r => r.Category).Select(r => new { r.CitizenId, r.Category, r.Allowed }).ToList() })
            .ToListAsync(ct);
        var expectRow = scenario.GraphQL.ExpectStatus != 400;
        if (!expectRow)
            return rows.Count == 0 ? null : $"{rows.Count} rows for requests that should leave none";
        if (rows.Count != ids.Count || rows.Select(r => r.CorrelationId).Distinct().Count() != ids.Count)
            return $"{ids.Count} responses but {rows.Count} rows ({rows.Select(r => r.CorrelationId).Distinct().Count()} distinct) in the log";
        var shape = rows[0].Records.Select(r => $"{r.CitizenId}/{r.Category}/{r.Allowed}").ToList();
        var different = rows.Count(r => !r.Records.Select(x => $"{x.CitizenId}/{x.Category}/{x.Allowed}").SequenceEqual(shape));
        return different == 0 ? null : $"{different} of {rows.Count} requests have other records than the first ({shape.Count})";
    }

    /// <summary>The whole chain both instances extended: no correlation id twice, verified here and by the program's verb.</summary>
    private static async Task<string> CheckChainAsync(IServiceProvider services, string repoRoot, BenchStore store, string key, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<AuditContext>>().CreateDbContextAsync(ct);
        var total = await db.AccessRequests.CountAsync(ct);
        var twice = await db.AccessRequests.GroupBy(q => q.CorrelationId).Where(g => g.Count() > 1).CountAsync(ct);
        var records = await db.AccessRecords.LongCountAsync(ct);
        var (verified, problem) = await AuditChain.VerifyAsync(db, ct);
        var verb = await VerifyAuditVerbAsync(repoRoot, store, key, ct);
        return string.Create(Invariant,
            $"verify-audit: {verb}; in this process {(problem is null ? $"{verified:N0} of {total:N0} requests verified" : "BROKEN: " + problem)}; {records:N0} access records; {(twice == 0 ? "no correlation id twice" : $"{twice} correlation ids twice")}.");
    }

    private static async Task<string> VerifyAuditVerbAsync(string repoRoot, BenchStore store, string key, CancellationToken ct)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "JobMatch.Graph.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.Combine(repoRoot, "src", "JobMatch.Graph"),
        };
        start.ArgumentList.Add(program);
        start.ArgumentList.Add("verify-audit");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["JobMatch__Auth__SigningKey"] = key;
        foreach (var (name, value) in store.Settings())
            start.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return $"{(await output + await error).Trim()} (exit {process.ExitCode})";
    }

    private static string Table(List<Scenario> scenarios, Dictionary<string, List<Pair>> pairs, Dictionary<string, string> problems, Dictionary<string, string?> audit)
    {
        var s = new StringBuilder();
        s.AppendLine("| scenario | one instance req/s | two instances req/s | throughput ratio: median (min–max; IQR) | one instance p95 ms | two instances p95 ms | p95 ratio: median (min–max; IQR) | server CPU ms/request one / two | errors | audit of the checked run |");
        s.AppendLine("|---|---:|---:|---|---:|---:|---|---|---:|---|");
        foreach (var scenario in scenarios)
        {
            if (problems.TryGetValue(scenario.Key, out var problem))
            {
                s.AppendLine(Invariant, $"| {scenario.Key}. {scenario.Title} | not run: {problem.Replace("|", "/", StringComparison.Ordinal)} | | | | | | | | |");
                continue;
            }
            var p = pairs[scenario.Key];
            var throughput = Spread.Of(p.Select(x => x.TwoRps / x.One.Rps));
            var p95 = Spread.Of(p.Select(x => x.TwoP95 / (x.One.P95 ?? double.NaN)));
            s.AppendLine(Invariant,
                $"| {scenario.Key}. {scenario.Title} | {Spread.Of(p.Select(x => x.One.Rps)).Median:0} | {Spread.Of(p.Select(x => x.TwoRps)).Median:0} | **{Ratio(throughput)}** | " +
                $"{Spread.Of(p.Select(x => x.One.P95 ?? double.NaN)).Median:0.0} | {Spread.Of(p.Select(x => x.TwoP95)).Median:0.0} | **{Ratio(p95)}** | " +
                $"{Spread.Of(p.Select(x => x.OneCpuMs)).Median:0.00} / {Spread.Of(p.Select(x => x.TwoCpuMs)).Median:0.00} | {p.Sum(x => x.One.Failures + x.TwoFailures)} | " +
                $"{(audit.TryGetValue(scenario.Key, out var a) ? a ?? Intact(scenario) : "not checked")} |");
        }
        return s.ToString();
    }

    private static string Intact(Scenario scenario) =>
        scenario.GraphQL.ExpectStatus == 400 ? "no row, as for any document that does not parse" : "every request in the log exactly once, with the same records";

    private static string Ratio(Spread s) =>
        s.Count == 0 ? "–" : string.Create(Invariant, $"{s.Median:0.00} ({s.Min:0.00}–{s.Max:0.00}; {s.Q1:0.00}–{s.Q3:0.00})");
}
