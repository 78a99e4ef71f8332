using JobMatch.Data.Audit;
using JobMatch.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Graph.Audit;

/// <summary>Appends one request's access records to the Audit source, extending the hash chain.</summary>
public sealed class AuditWriter(IDbContextFactory<AuditContext> factory, TimeProvider clock)
{
    // The chain is a sequence: appends from concurrent requests of this process take turns.
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task WriteAsync(AuditedRequest request, CancellationToken ct)
    {
        var accesses = request.Accesses.Count > 0 ? request.Accesses : [new AuditedAccess(null, "Identity", "Read", false)];
        await gate.WaitAsync(ct);
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var previous = await db.AccessRecords.OrderByDescending(r => r.Id).Select(r => r.Hash).FirstOrDefaultAsync(ct) ?? AuditChain.Genesis;
            var at = clock.GetUtcNow().UtcDateTime;
            var records = new List<AccessRecord>(accesses.Count);
            foreach (var access in accesses)
            {
                var record = new AccessRecord
                {
                    At = at,
                    RequestId = request.CorrelationId,
                    Subject = request.Subject,
                    SubjectName = request.SubjectName,
                    Department = request.Department,
                    Role = request.Role,
                    CitizenId = access.CitizenId ?? Guid.Empty,
                    Category = access.Category,
                    Operation = access.Operation,
                    OperationName = request.OperationName,
                    Purpose = request.Purpose,
                    Allowed = access.Allowed,
                    PreviousHash = previous,
                    Hash = "",
                };
                record.Hash = AuditChain.HashOf(record);
                previous = record.Hash;
                records.Add(record);
            }
            // A page of 100 citizens logs hundreds of records: inserted in one pass, not one EF round trip each.
            await BulkInsert.InsertAsync(db, records, ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            gate.Release();
        }
    }
}
