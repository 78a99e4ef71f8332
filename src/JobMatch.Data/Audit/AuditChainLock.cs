using Microsoft.EntityFrameworkCore;

namespace JobMatch.Data.Audit;

/// <summary>
/// Serialises appends to the audit chain in the database itself, so any number of instances take turns: each
/// append reads the head and inserts its successor while holding this lock, inside its own transaction.
/// </summary>
public static class AuditChainLock
{
    /// <summary>The advisory lock's key on PostgreSQL (any constant; the audit database holds nothing else).</summary>
    public const long PostgresKey = 0x4A6F624D61746368; // "JobMatch"

    /// <summary>Takes the chain lock for the current transaction; it is released at commit or rollback.</summary>
    public static Task AcquireAsync(AuditContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("The audit chain lock is held by a transaction; begin one first.");
        if (db.Database.IsNpgsql())
            return db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresKey})", cancellationToken);
        if (db.Database.IsSqlServer())
            return db.Database.ExecuteSqlRawAsync("""
                DECLARE @granted int;
                EXEC @granted = sp_getapplock @Resource = N'JobMatch.AuditChain', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 5000;
                IF @granted < 0 THROW 51000, N'The audit chain lock was not granted within 5 s.', 1;
                """, cancellationToken);
        // SQLite: the transaction began with BEGIN IMMEDIATE, which already holds the file's one write lock.
        return Task.CompletedTask;
    }
}
