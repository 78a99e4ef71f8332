using System.Diagnostics;
using JobMatch.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobMatch.Bench.Measurement;

/// <summary>
/// Counts every SQL statement EF Core executes in this process, per source, through EF's diagnostic events: the same
/// count for the graph and the baseline, without touching either. (The audit log's row inserts go through a raw
/// command and are counted as audit records instead.)
/// </summary>
public sealed class StatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly long[] counts = new long[Enum.GetValues<Source>().Length];
    private readonly List<IDisposable> subscriptions = [];

    public StatementCounter() => subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>When set, every statement's source, duration and text go here (the benchmark's <c>--sql</c>).</summary>
    public Action<string>? LogTo { get; set; }

    public long[] Snapshot() => counts.Select(c => Interlocked.Read(ref c)).ToArray();

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
            lock (subscriptions)
                subscriptions.Add(listener.Subscribe(this, name => name == RelationalEventId.CommandExecuted.Name || name == RelationalEventId.CommandError.Name));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is CommandEndEventData { Context: { } context } data)
        {
            Interlocked.Increment(ref counts[(int)SourceContexts.SourceOf(context)]);
            if (LogTo is { } log)
                log($"{SourceContexts.SourceOf(context),-10} {data.Duration.TotalMilliseconds,6:0.00} ms  {data.Command.CommandText.ReplaceLineEndings(" ")}");
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }
    void IObserver<DiagnosticListener>.OnError(Exception error) { }
    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    public void Dispose()
    {
        lock (subscriptions)
            foreach (var subscription in subscriptions)
                subscription.Dispose();
    }
}
