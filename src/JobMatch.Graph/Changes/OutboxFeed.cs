using System.Collections.Concurrent;
using JobMatch.Data;
using JobMatch.Data.Changes;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Data.Social;
using JobMatch.Data.Youth;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Graph.Changes;

/// <summary>
/// Reads the owning sources' outboxes forward by id and hands each new event to this instance's listeners. Every
/// instance reads the stores themselves, so a change made through any instance reaches subscribers on all of them;
/// nothing is kept in a process that another would need. It reads only while someone listens, one keyed statement
/// per source and interval, and starts from the newest event when the first listener arrives (a feed, not a replay).
/// </summary>
public sealed class OutboxFeed(IServiceProvider services, TimeProvider clock, ILogger<OutboxFeed> logger) : IAsyncDisposable
{
    /// <summary>How often the outboxes are read while someone listens.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private static readonly Source[] Sources = [Source.Registry, Source.Employment, Source.Social, Source.Youth];
    private readonly ConcurrentDictionary<Guid, Action<OutboxEvent>> listeners = new();
    /// <summary>
    /// How long an id below one already read is waited for. PostgreSQL hands out ids when a row is inserted, not when
    /// its transaction commits, so a change can commit after a later one was read; a rolled-back insert leaves its id
    /// unused for good. SQLite commits one writer at a time, in id order, and never leaves such a gap. Measured on the
    /// host's clock, so a test that holds a transaction open decides when the grace has passed.
    /// </summary>
    public static readonly TimeSpan GapGrace = TimeSpan.FromSeconds(10);

    private readonly Dictionary<Source, Position> last = [];
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private Task? loop;

    /// <summary>How many listen now: each holds a queue of the events it has not taken yet.</summary>
    internal int Listeners => listeners.Count;

    /// <summary>Starts reading (from the newest event) if nobody listened yet; then <paramref name="listener"/> gets every new event until disposed.</summary>
    public async Task<IDisposable> ListenAsync(Action<OutboxEvent> listener, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (listeners.IsEmpty)
                foreach (var source in Sources)
                    last[source] = new Position(await NewestAsync(source, ct));
            var id = Guid.NewGuid();
            listeners[id] = listener;
            loop ??= Task.Run(() => RunAsync(stopping.Token));
            return new Unlisten(() => listeners.TryRemove(id, out _));
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task RunAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(ct))
        {
            if (listeners.IsEmpty)
                continue;
            await gate.WaitAsync(ct);
            try
            {
                foreach (var source in Sources)
                {
                    try
                    {
                        var position = last[source];
                        foreach (var e in await AfterAsync(source, position.Floor, ct))
                        {
                            if (!position.Seen.Add(e.Id))
                                continue;
                            foreach (var listener in listeners.Values)
                                listener(e);
                        }
                        position.Advance(clock.GetUtcNow().UtcDateTime);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // A source that is down delivers once it is back, from where it stopped.
                        logger.LogWarning("The {Source} outbox could not be read: {Cause}", source, e.Message);
                    }
                }
            }
            finally
            {
                gate.Release();
            }
        }
    }

    private Task<long> NewestAsync(Source source, CancellationToken ct) => source switch
    {
        Source.Registry => Newest<RegistryContext>(ct),
        Source.Employment => Newest<EmploymentContext>(ct),
        Source.Social => Newest<SocialContext>(ct),
        _ => Newest<YouthContext>(ct),
    };

    private Task<List<OutboxEvent>> AfterAsync(Source source, long after, CancellationToken ct) => source switch
    {
        Source.Registry => After<RegistryContext>(after, ct),
        Source.Employment => After<EmploymentContext>(after, ct),
        Source.Social => After<SocialContext>(after, ct),
        _ => After<YouthContext>(after, ct),
    };

    private async Task<long> Newest<TContext>(CancellationToken ct) where TContext : DbContext
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync(ct);
        return await db.Set<OutboxEvent>().MaxAsync(e => (long?)e.Id, ct) ?? 0;
    }

    private async Task<List<OutboxEvent>> After<TContext>(long after, CancellationToken ct) where TContext : DbContext
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync(ct);
        return await db.Set<OutboxEvent>().AsNoTracking().Where(e => e.Id > after).OrderBy(e => e.Id).Take(500).ToListAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (loop is not null)
        {
            try
            {
                await loop;
            }
            catch (OperationCanceledException)
            {
            }
        }
        stopping.Dispose();
        gate.Dispose();
    }

    /// <summary>
    /// Where a source's outbox has been read to: every id up to <see cref="Floor"/> is delivered or given up, and
    /// <see cref="Seen"/> holds the ids above it already delivered. The floor stops below a gap until the gap fills or
    /// has waited <see cref="GapGrace"/>, so an event that commits late is still announced once.
    /// </summary>
    internal sealed class Position(long floor)
    {
        private readonly Dictionary<long, DateTime> gapsSince = [];

        public long Floor { get; private set; } = floor;

        public SortedSet<long> Seen { get; } = [];

        public void Advance(DateTime now)
        {
            while (Seen.Count > 0)
            {
                var next = Floor + 1;
                if (Seen.Remove(next))
                {
                    gapsSince.Remove(next);
                    Floor = next;
                    continue;
                }
                if (!gapsSince.TryGetValue(next, out var since))
                    gapsSince[next] = since = now;
                if (now - since < GapGrace)
                    return;
                gapsSince.Remove(next);
                Floor = next;
            }
        }
    }

    private sealed class Unlisten(Action stop) : IDisposable
    {
        public void Dispose() => stop();
    }
}
