using JobMatch.Data.Audit;
using JobMatch.Data.Storage;
using JobMatch.Graph.Access;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Graph.Audit;

/// <summary>
/// Appends one request to the Audit source as the chain's next link. The append is serialised in the database
/// (<see cref="AuditChainLock"/>), not in this process, so any number of instances extend one chain; the unique
/// PreviousHash refuses a fork even if the lock were bypassed.
/// </summary>
public sealed class AuditWriter(IDbContextFactory<AuditContext> factory, TimeProvider clock)
{
    // Not what keeps the chain in order (the database lock and the unique PreviousHash do, across instances), but
    // this process's own appends queue here in turn rather than poll SQLite's file lock, where a busy wait is unfair
    // and a loaded machine would let some appends time out while others barge in.
    private readonly SemaphoreSlim localTurn = new(1, 1);

    private long lastSuccess;
    private (long At, string Message)? lastFailure;

    /// <summary>
    /// Why the latest append failed, if it did within <paramref name="within"/> and none has succeeded since: the
    /// health check reports it, since a store that answers a probe may still refuse the real appends.
    /// </summary>
    public string? RecentFailure(TimeSpan within)
    {
        var failure = lastFailure;
        return failure is { } f && f.At > Interlocked.Read(ref lastSuccess) && clock.GetElapsedTime(f.At) < within ? f.Message : null;
    }

    /// <summary>Writes the request even when it has no accesses (then it is one small row).</summary>
    public async Task WriteAsync(AuditedRequest request, CancellationToken ct)
    {
        try
        {
            await localTurn.WaitAsync(ct);
            try
            {
                await AppendAsync(request, ct);
            }
            finally
            {
                localTurn.Release();
            }
            Interlocked.Exchange(ref lastSuccess, clock.GetTimestamp());
        }
        catch (Exception e)
        {
            lastFailure = (clock.GetTimestamp(), e.GetBaseException().Message);
            throw;
        }
    }

    private async Task AppendAsync(AuditedRequest request, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // SQL Server's retrying strategy refuses a transaction opened outside it; the others run the lambda once.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            var records = request.Accesses.Select(a => new AccessRecord
            {
                CitizenId = a.CitizenId,
                Category = a.Category,
                Operation = a.Operation,
                Allowed = a.Allowed,
                Criterion = Clip(a.Criterion, AccessRecord.CriterionLength),
                OutsideCaseload = a.OutsideCaseload,
            }).ToList();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await AuditChainLock.AcquireAsync(db, token);
            var previous = await db.AccessRequests.OrderByDescending(r => r.Id).Select(r => r.Hash).FirstOrDefaultAsync(token) ?? AuditChain.Genesis;
            var row = new AccessRequest
            {
                At = AuditChain.Stored(clock.GetUtcNow().UtcDateTime),
                CorrelationId = Clip(request.CorrelationId, AccessRequest.CorrelationIdLength)!,
                Subject = Clip(request.Subject, AccessRequest.SubjectLength)!,
                SubjectName = Clip(request.SubjectName, AccessRequest.SubjectLength),
                Department = request.Department,
                Role = Clip(request.Role, AccessRequest.RoleLength)!,
                OperationName = Clip(request.OperationName, AccessRequest.OperationNameLength),
                Purpose = Clip(request.Purpose, AccessRequest.PurposeLength),
                PurposeNote = Clip(request.PurposeNote, AccessRequest.PurposeNoteLength),
                PreviousHash = previous,
                Hash = "",
            };
            row.Hash = AuditChain.HashOf(row, records);
            db.AccessRequests.Add(row);
            await db.SaveChangesAsync(token);
            foreach (var record in records)
                record.RequestId = row.Id;
            // A page of 100 citizens logs hundreds of records: inserted in one pass, not one EF round trip each.
            await BulkInsert.InsertAsync(db, records, token);
            await transaction.CommitAsync(token);
        }, ct);
    }

    // What is stored is what is hashed: a value longer than its column is cut before either.
    private static string? Clip(string? value, int length) => value is { } v && v.Length > length ? v[..length] : value;
}
