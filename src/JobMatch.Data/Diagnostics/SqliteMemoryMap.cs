using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace JobMatch.Data.Diagnostics;

/// <summary>
/// Lets each SQLite connection read its file through a memory map (<c>PRAGMA mmap_size</c>) instead of copying every
/// page it needs into its own 2 MB cache. A page read is then a memory access into the operating system's page cache,
/// shared by every pooled connection, rather than a system call and a copy: the random probes a caseload condition
/// makes into a large index stop missing a cache that could never hold them. Set once per native connection (the
/// pool keeps them open), so a request pays nothing for it. SQLite already maps the write-ahead log's index (-shm)
/// this way; a file replaced while open is handled as before (<see cref="SqliteFileGuard"/> clears the pool), and
/// <c>JobMatch:SqliteMemoryMapMegabytes</c> = 0 turns the map off.
/// </summary>
public sealed class SqliteMemoryMap(long bytes) : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<sqlite3, object> mapped = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Map(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Map(connection);
        return Task.CompletedTask;
    }

    private void Map(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || mapped.TryGetValue(handle, out _))
            return;
        try
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = $"PRAGMA mmap_size = {bytes}";
            command.ExecuteNonQuery();
            mapped.AddOrUpdate(handle, this);
        }
        catch (SqliteException)
        {
            // A file that cannot be read (not a database, locked) fails the statement that follows, where the source's
            // outage is told as every other; the map is tried again on the next opening.
        }
    }
}
