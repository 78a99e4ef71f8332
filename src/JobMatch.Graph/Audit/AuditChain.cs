using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using JobMatch.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Graph.Audit;

/// <summary>
/// Each access record carries the hash of the one before it and its own, so changing or deleting a record
/// breaks the chain at that point.
/// </summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string HashOf(AccessRecord r)
    {
        var canonical = string.Join('\u001f',
            r.PreviousHash, r.At.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture), r.RequestId, r.Subject, r.SubjectName,
            r.Department, r.Role, r.CitizenId.ToString("D"), r.Category, r.Operation, r.OperationName, r.Purpose, r.Allowed ? "1" : "0");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Walks the whole log in order; returns the number of records and the first broken one, if any.</summary>
    public static async Task<(int Verified, string? Problem)> VerifyAsync(AuditContext db, CancellationToken ct)
    {
        var previous = Genesis;
        var count = 0;
        await foreach (var record in db.AccessRecords.AsNoTracking().OrderBy(r => r.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (record.PreviousHash != previous)
                return (count, $"Record {record.Id} does not follow the record before it: a record before it was changed or deleted.");
            if (HashOf(record) != record.Hash)
                return (count, $"Record {record.Id} was changed after it was written.");
            previous = record.Hash;
            count++;
        }
        return (count, null);
    }
}
