using JobMatch.Data.Audit;
using JobMatch.Data.Storage;
using JobMatch.Graph.Access;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Graph.Audit;

/// <summary>Appends one request's access records to the Audit source, extending the hash chain.</summary>
public sealed class AuditWriter(IDbContextFactory<AuditContext> factory, TimeProvider clock)
{
    // The chain is a sequence: appends from concurrent requests of this process take turns.
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task WriteAsync(RequestAccess access, string requestId)
    {
        var entries = access.Entries;
        if (entries.Count == 0)
            return;
        var viewer = access.Viewer;
        // Not the request's token: what was read is logged even if the caller has gone.
        await gate.WaitAsync(CancellationToken.None);
        try
        {
            await using var db = await factory.CreateDbContextAsync(CancellationToken.None);
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            var previous = await db.AccessRecords.OrderByDescending(r => r.Id).Select(r => r.Hash).FirstOrDefaultAsync(CancellationToken.None) ?? AuditChain.Genesis;
            var at = clock.GetUtcNow().UtcDateTime;
            var records = new List<AccessRecord>(entries.Count);
            foreach (var entry in entries.OrderBy(e => e.CitizenId).ThenBy(e => e.Category).ThenBy(e => e.Operation).ThenBy(e => e.Allowed))
            {
                var record = new AccessRecord
                {
                    At = at,
                    RequestId = requestId,
                    Subject = viewer.Subject ?? "anonymous",
                    SubjectName = viewer.Name,
                    Department = viewer.Department,
                    Role = string.Join(",", viewer.Roles.Order()),
                    CitizenId = entry.CitizenId,
                    Category = entry.Category.ToString(),
                    Operation = entry.Operation.ToString(),
                    OperationName = access.OperationName,
                    Purpose = access.Purpose,
                    Allowed = entry.Allowed,
                    PreviousHash = previous,
                    Hash = "",
                };
                record.Hash = AuditChain.HashOf(record);
                previous = record.Hash;
                records.Add(record);
            }
            // A page of 100 citizens logs hundreds of records: inserted in one pass, not one EF round trip each.
            await BulkInsert.InsertAsync(db, records, CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }
        finally
        {
            gate.Release();
        }
    }
}
