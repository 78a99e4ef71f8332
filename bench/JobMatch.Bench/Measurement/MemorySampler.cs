namespace JobMatch.Bench.Measurement;

/// <summary>
/// Samples this process's memory four times a second while load runs: its private memory (on Linux the resident
/// anonymous pages, <c>RssAnon</c>: heaps, stacks, SQLite's caches) and its whole working set, which also counts the
/// pages of the SQLite files it reads through a memory map. Those are the operating system's page cache, shared and
/// dropped under pressure; without the map the same pages sit in the page cache unattributed.
/// </summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Timer timer;
    private readonly List<(string Scenario, long Private, long WorkingSet)> samples = [];
    private volatile string? scenario;

    public MemorySampler() => timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(250));

    /// <summary>Samples are taken only between <see cref="Start"/> and <see cref="Stop"/>.</summary>
    public void Start(string name) => scenario = name;

    public void Stop() => scenario = null;

    private void Sample()
    {
        if (scenario is { } name)
            lock (samples)
                samples.Add((name, PrivateBytes() ?? Environment.WorkingSet, Environment.WorkingSet));
    }

    /// <summary>Private memory (the working set where the system does not tell it apart).</summary>
    public IReadOnlyList<long> Of(string? name = null)
    {
        lock (samples)
            return samples.Where(s => name is null || s.Scenario == name).Select(s => s.Private).ToList();
    }

    /// <summary>The whole working set, mapped files included.</summary>
    public IReadOnlyList<long> WorkingSetOf(string? name = null)
    {
        lock (samples)
            return samples.Where(s => name is null || s.Scenario == name).Select(s => s.WorkingSet).ToList();
    }

    private static long? PrivateBytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
                    return long.Parse(line["RssAnon:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return null;
    }

    public void Dispose() => timer.Dispose();
}
