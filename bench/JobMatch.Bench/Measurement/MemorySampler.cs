namespace JobMatch.Bench.Measurement;

/// <summary>Samples this process's working set four times a second while load runs.</summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Timer timer;
    private readonly List<(string Scenario, long Bytes)> samples = [];
    private volatile string? scenario;

    public MemorySampler() => timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(250));

    /// <summary>Samples are taken only between <see cref="Start"/> and <see cref="Stop"/>.</summary>
    public void Start(string name) => scenario = name;

    public void Stop() => scenario = null;

    private void Sample()
    {
        if (scenario is { } name)
            lock (samples)
                samples.Add((name, Environment.WorkingSet));
    }

    public IReadOnlyList<long> Of(string? name = null)
    {
        lock (samples)
            return samples.Where(s => name is null || s.Scenario == name).Select(s => s.Bytes).ToList();
    }

    public void Dispose() => timer.Dispose();
}
