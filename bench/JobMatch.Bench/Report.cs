using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using JobMatch.Bench.Measurement;

namespace JobMatch.Bench;

/// <summary>The results as markdown: the machine, the table against the targets, statements by page size, memory.</summary>
public sealed class Report(BenchOptions options, string[] args, IReadOnlyList<ScenarioResult> results, IReadOnlyList<PageSizeStatements> pageSizes, MemorySampler memory, TimeSpan elapsed, string store)
{
    /// <summary>Each provider's run has a section of its own, so a run on one never overwrites the other's.</summary>
    private string Section => options.Provider == JobMatch.Data.DataProvider.Sqlite ? "results" : "results:" + options.Provider.ToString().ToLowerInvariant();

    private string Start => $"<!-- bench:{Section}:start (written by bench/run.sh; edit outside these markers) -->";

    private string End => $"<!-- bench:{Section}:end -->";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public string Table()
    {
        var s = new StringBuilder();
        s.AppendLine("| scenario | GraphQL req/s | baseline req/s | throughput ratio: median (min–max; IQR) | GraphQL p95 ms | baseline p95 ms | p95 ratio: median (min–max; IQR) | server CPU ms/request G / B | CPU ratio: median (IQR) | errors |");
        s.AppendLine("|---|---:|---:|---|---:|---:|---|---|---|---:|");
        foreach (var r in results)
        {
            if (r.Problem is not null)
                s.AppendLine(Invariant, $"| {r.Scenario.Key}. {r.Scenario.Title} | not run: {r.Problem.Replace("|", "/")} | | | | | | | | |");
            else
                s.AppendLine(Invariant,
                    $"| {r.Scenario.Key}. {r.Scenario.Title} | {r.GraphQLRps:0} | {r.BaselineRps:0} | **{Ratio(r.Throughput)}** | {r.GraphQLP95:0.0} | {r.BaselineP95:0.0} | **{Ratio(r.P95)}** | {r.GraphQLCpuMs:0.00} / {r.BaselineCpuMs:0.00} | {r.CpuRatio.Median:0.00} ({r.CpuRatio.Q1:0.00}–{r.CpuRatio.Q3:0.00}) | {r.Failures} |");
        }
        return s.ToString();
    }

    /// <summary>Per request, from the sequential counted run: deterministic counts, and the latency of a request alone.</summary>
    public string CostTable()
    {
        var s = new StringBuilder();
        s.AppendLine("| scenario | one request alone, median ms G / B | SQL statements/request G / B | audit records/request G / B | KB allocated/request G / B |");
        s.AppendLine("|---|---|---|---|---|");
        foreach (var r in results.Where(r => r.GraphQLCost is not null && r.BaselineCost is not null))
        {
            var (g, b) = (r.GraphQLCost!, r.BaselineCost!);
            s.AppendLine(Invariant,
                $"| {r.Scenario.Key} | {g.AloneMs:0.00} / {b.AloneMs:0.00} | {g.Statements:0.#} / {b.Statements:0.#} | {g.AuditRecords:0.#} / {b.AuditRecords:0.#} | {g.AllocatedBytes / 1024:0} / {b.AllocatedBytes / 1024:0} |");
        }
        return s.ToString();
    }

    private static string Ratio(Spread s) =>
        s.Count == 0 ? "–" : string.Create(Invariant, $"{s.Median:0.00} ({s.Min:0.00}–{s.Max:0.00}; {s.Q1:0.00}–{s.Q3:0.00})");

    public string Markdown()
    {
        var s = new StringBuilder();
        s.AppendLine(Start);
        s.AppendLine(Invariant, $"Latest run: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, `bash bench/run.sh{(args.Length > 0 ? " " + Command(args) : "")}`, {elapsed.TotalMinutes:0.0} min in all.");
        s.AppendLine();
        s.AppendLine(Invariant, $"Machine: {Machine()}; load average before the run {LoadAverage()} (the machine is shared: the ABAB windows are there to cancel that noise).");
        s.AppendLine();
        s.AppendLine(Invariant, $"Data: {options.Citizens:N0} citizens; {store}. Load: autocannon in its own process, {options.Connections} connections, {options.Pairs} pairs of {options.WindowSeconds:0.#} s windows per scenario (GraphQL then baseline), {options.WarmupPairs} warm-up pair(s) discarded. Ratios are GraphQL ÷ baseline per pair; throughput above 1 and p95 below 1 favour GraphQL. Statements and allocations come from a sequential counted run ({options.Counted} requests, {options.Counted / 5} for scenario 3).");
        s.AppendLine();
        s.Append(Table());
        s.AppendLine();
        s.AppendLine("**Cost per request** (sequential counted run: one connection, the client in another process)");
        s.AppendLine();
        s.Append(CostTable());
        s.AppendLine();
        s.AppendLine("**Against the targets**");
        s.AppendLine();
        s.AppendLine("| target | measured | met |");
        s.AppendLine("|---|---|---|");
        // One combined plan and the page of 50 with every source are held to the GraphQL layer's targets (it should cost
        // no more than hand-written code); the other scenarios to the first benchmark's p95 bound.
        Target(s, "1", "throughput ratio ≥ 1.00 on scenario 1", r => r.Throughput.Median, v => v >= 1.00);
        Target(s, "3", "throughput ratio ≥ 0.90 on scenario 3", r => r.Throughput.Median, v => v >= 0.90);
        foreach (var r in results.Where(r => r.Pairs.Count > 0))
        {
            var bound = r.Scenario.Key is "1" or "3" ? 1.10 : 1.25;
            s.AppendLine(Invariant, $"| p95 ratio ≤ {bound:0.00}, scenario {r.Scenario.Key} | {r.P95.Median:0.00} | {(r.P95.Median <= bound ? "yes" : "**no**")} |");
        }
        foreach (var key in pageSizes.Select(p => p.Scenario).Distinct())
        {
            var rows = pageSizes.Where(p => p.Scenario == key).ToList();
            // A kind of record that no citizen on a small page has is not queried at all, so a small page may cost less;
            // what must not happen is a page costing more because it is larger.
            var ordered = rows.OrderBy(p => p.PageSize).Select(p => p.GraphQL).ToList();
            var verdict = ordered.Distinct().Count() == 1 ? "yes"
                : ordered.Count >= 3 && ordered[^1] == ordered[^2] && ordered[0] <= ordered[^1] ? "yes (fewer on the smallest page: a kind of record none of its citizens has is not queried)"
                : "**no**";
            s.AppendLine(Invariant, $"| SQL statements independent of page size, scenario {key} | GraphQL {string.Join(" / ", rows.OrderBy(p => p.PageSize).Select(p => $"{p.GraphQL:0}"))} at {string.Join(" / ", rows.OrderBy(p => p.PageSize).Select(p => p.PageSize))} citizens | {verdict} |");
        }
        var all = memory.Of();
        if (all.Count > 0)
        {
            var median = Spread.Of(all.Select(b => (double)b)).Median;
            var mapped = memory.WorkingSetOf();
            s.AppendLine(Invariant, $"| private memory < 300 MB under load ({options.Citizens:N0} citizens) | median {Mb(median)}, max {Mb(all.Max())} over {all.Count} samples (working set with the mapped SQLite files: median {Mb(Spread.Of(mapped.Select(b => (double)b)).Median)}, max {Mb(mapped.Max())}) | {(all.Max() < 300L * 1024 * 1024 ? "yes" : median < 300L * 1024 * 1024 ? "median yes, max **no**" : "**no**")} |");
        }
        s.AppendLine();

        if (pageSizes.Count > 0)
        {
            s.AppendLine("**SQL statements per request by page size** (source reads; the audit log's one statement and its row inserts apart)");
            s.AppendLine();
            s.AppendLine("| scenario | page size | GraphQL | baseline |");
            s.AppendLine("|---|---:|---:|---:|");
            foreach (var p in pageSizes.OrderBy(p => p.Scenario).ThenBy(p => p.PageSize))
                s.AppendLine(Invariant, $"| {p.Scenario} | {p.PageSize} | {p.GraphQL:0} | {p.Baseline:0} |");
            s.AppendLine();
        }

        s.AppendLine("**Statements per request by source** (counted run; GraphQL / baseline)");
        s.AppendLine();
        s.AppendLine("| scenario | " + string.Join(" | ", Enum.GetNames<JobMatch.Data.Source>()) + " |");
        s.AppendLine("|---|" + string.Concat(Enum.GetNames<JobMatch.Data.Source>().Select(_ => "---|")));
        foreach (var r in results.Where(r => r.GraphQLCost is not null))
            s.AppendLine("| " + r.Scenario.Key + " | " + string.Join(" | ", Enum.GetNames<JobMatch.Data.Source>().Select(n =>
                string.Create(Invariant, $"{r.GraphQLCost!.StatementsBySource[n]:0.#} / {r.BaselineCost!.StatementsBySource[n]:0.#}"))) + " |");
        s.AppendLine();

        if (all.Count > 0)
        {
            s.AppendLine("**Memory under load, by scenario** (sampled every 250 ms during the measured windows; private memory, then the working set with the mapped SQLite files)");
            s.AppendLine();
            s.AppendLine("| scenario | private median | private max | working set median | working set max |");
            s.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var r in results)
                if (memory.Of(r.Scenario.Key) is { Count: > 0 } samples && memory.WorkingSetOf(r.Scenario.Key) is { } whole)
                    s.AppendLine(Invariant, $"| {r.Scenario.Key} | {Mb(Spread.Of(samples.Select(b => (double)b)).Median)} | {Mb(samples.Max())} | {Mb(Spread.Of(whole.Select(b => (double)b)).Median)} | {Mb(whole.Max())} |");
            s.AppendLine();
        }
        s.AppendLine(End);
        return s.ToString();
    }

    /// <summary>Replaces the generated section of the file (or appends one), leaving the hand-written text around it.</summary>
    public void WriteInto(string path) => WriteSection(path, Start, End, Markdown());

    /// <summary>Replaces the text between two markers of the file (or appends it, markers included).</summary>
    public static void WriteSection(string path, string start, string end, string markdown)
    {
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n\n";
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        text = from >= 0 && to > from
            ? string.Concat(text.AsSpan(0, from), markdown.TrimEnd('\n'), text.AsSpan(to + end.Length))
            : text.TrimEnd('\n') + "\n\n" + markdown;
        File.WriteAllText(path, text);
    }

    /// <summary>
    /// One tab-separated line per measured scenario: when, provider, citizens, scenario, then GraphQL's and the baseline's
    /// median throughput and p95, and the medians of the per-pair ratios. bench/growth.sh makes its table from these.
    /// </summary>
    public void AppendSummary(string path)
    {
        var lines = results.Where(r => r.Pairs.Count > 0).Select(r => string.Join('\t', new[]
        {
            DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", Invariant), options.Provider.ToString(), options.Citizens.ToString(Invariant), r.Scenario.Key,
            r.GraphQLRps.ToString("0", Invariant), r.BaselineRps.ToString("0", Invariant), r.GraphQLP95.ToString("0.0", Invariant), r.BaselineP95.ToString("0.0", Invariant),
            r.Throughput.Median.ToString("0.00", Invariant), r.P95.Median.ToString("0.00", Invariant), r.Failures.ToString(Invariant), LoadAverage(),
        }));
        File.AppendAllLines(path, lines);
    }

    /// <summary>The command line as run, less a server's connection string (the server is the one the environment names).</summary>
    public static string Command(string[] args) =>
        string.Join(' ', args.Where((a, i) => a != "--postgres" && (i == 0 || args[i - 1] != "--postgres")));

    public static string Machine() =>
        $"{Environment.ProcessorCount} cores ({CpuModel()}), {MemoryTotal()} memory, {RuntimeInformation.OSDescription.Trim()}, .NET {Environment.Version}";

    private void Target(StringBuilder s, string key, string name, Func<ScenarioResult, double> value, Func<double, bool> met)
    {
        if (results.FirstOrDefault(r => r.Scenario.Key == key && r.Pairs.Count > 0) is { } r)
            s.AppendLine(Invariant, $"| {name} | {value(r):0.00} | {(met(value(r)) ? "yes" : "**no**")} |");
    }

    private static string Mb(double bytes) => string.Create(Invariant, $"{bytes / 1024 / 1024:0} MB");

    private static string CpuModel() => ReadLine("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();

    private static string MemoryTotal() => ReadLine("/proc/meminfo", "MemTotal") is { } kb && long.TryParse(kb.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], out var k)
        ? string.Create(Invariant, $"{k / 1024.0 / 1024:0.#} GiB") : "?";

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string? ReadLine(string file, string key) =>
        File.Exists(file) ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
}
