using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobMatch.Data.Diagnostics;

/// <summary>
/// Re-validates a SQLite source's file every time a connection is taken from the pool. A pooled connection keeps
/// its file open, so after the file is deleted or replaced it would go on serving the old one; when the file at the
/// path is missing or is no longer the file last seen (birth time, write time or length differ), the pool is cleared
/// and the connection opens the path afresh: a missing file then fails to open (Mode=ReadWrite never creates one)
/// and a replaced one is read as it now is.
/// </summary>
public sealed class SqliteFileGuard : DbConnectionInterceptor
{
    public static readonly SqliteFileGuard Instance = new();

    private readonly ConcurrentDictionary<string, FileIdentity> seen = new(StringComparer.Ordinal);

    private readonly record struct FileIdentity(bool Exists, long Born, long Written, long Length);

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Check(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Check(connection);
        return ValueTask.FromResult(result);
    }

    private void Check(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
            return;
        var path = new SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource;
        if (string.IsNullOrEmpty(path) || path == ":memory:")
            return;
        var now = Identify(path);
        var before = seen.GetOrAdd(path, now);
        if (before == now && now.Exists)
            return;
        seen[path] = now;
        SqliteConnection.ClearPool(sqlite);
    }

    private static FileIdentity Identify(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new FileIdentity(true, file.CreationTimeUtc.Ticks, file.LastWriteTimeUtc.Ticks, file.Length) : default;
    }
}
