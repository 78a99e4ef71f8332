using System.Collections.Concurrent;

namespace JobMatch.Data.Diagnostics;

/// <summary>What one request made each source execute: statement count and time spent.</summary>
public sealed class SqlStatementLog
{
    private static readonly AsyncLocal<SqlStatementLog?> current = new();
    private readonly ConcurrentDictionary<Source, SourceStatements> bySource = new();

    /// <summary>The log of the request running on this async flow, if one was started.</summary>
    public static SqlStatementLog? Current => current.Value;

    /// <summary>Starts a log for the current async flow (one request) and returns it.</summary>
    public static SqlStatementLog Begin() => current.Value = new SqlStatementLog();

    public void Record(Source source, TimeSpan duration) =>
        bySource.AddOrUpdate(source, _ => new SourceStatements(1, duration), (_, s) => new SourceStatements(s.Count + 1, s.Duration + duration));

    public int Total => bySource.Values.Sum(s => s.Count);

    public IReadOnlyDictionary<Source, SourceStatements> BySource => bySource;
}

/// <summary>Statements run against one source, and their total duration.</summary>
public readonly record struct SourceStatements(int Count, TimeSpan Duration);
