using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using JobMatch.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Graph.Audit;

/// <summary>
/// Each request row carries the hash of the request before it and its own, which covers its fields and all of its
/// records in a canonical order: changing or deleting a record or a request breaks the chain at that point.
/// </summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private const char Separator = '\u001f';
    private const int VerifyBatch = 500;

    /// <summary>
    /// The time as every provider stores it: PostgreSQL keeps microseconds, so the hash covers no finer a tick than
    /// the database can give back.
    /// </summary>
    public static DateTime Stored(DateTime at) => new(at.Ticks - at.Ticks % 10, DateTimeKind.Utc);

    public static string HashOf(AccessRequest r, IEnumerable<AccessRecord> records)
    {
        var text = new StringBuilder()
            .AppendJoin(Separator, r.PreviousHash, r.At.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture), r.CorrelationId,
                r.Subject, r.SubjectName, r.Department, r.Role, r.OperationName, r.Purpose, r.PurposeNote);
        // Records have no order of their own in the table: their canonical lines, sorted, are what the hash covers.
        foreach (var line in records.Select(Canonical).Order(StringComparer.Ordinal))
            text.Append('\u001e').Append(line);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Canonical(AccessRecord a) => string.Join(Separator,
        a.CitizenId?.ToString("D") ?? "", a.Category, a.Operation, a.Allowed ? "1" : "0", a.Criterion ?? "", a.OutsideCaseload ? "1" : "0");

    /// <summary>Walks the whole log in order; returns the number of requests and the first broken one, if any.</summary>
    public static async Task<(int Verified, string? Problem)> VerifyAsync(AuditContext db, CancellationToken ct)
    {
        var previous = Genesis;
        var count = 0;
        long last = 0;
        while (true)
        {
            var requests = await db.AccessRequests.AsNoTracking().Where(r => r.Id > last).OrderBy(r => r.Id).Take(VerifyBatch).ToListAsync(ct);
            if (requests.Count == 0)
                return (count, null);
            var (first, end) = (requests[0].Id, requests[^1].Id);
            var records = (await db.AccessRecords.AsNoTracking().Where(a => a.RequestId >= first && a.RequestId <= end).ToListAsync(ct))
                .ToLookup(a => a.RequestId);
            foreach (var request in requests)
            {
                if (request.PreviousHash != previous)
                    return (count, $"Request {request.Id} does not follow the request before it: a request before it was changed or deleted.");
                if (HashOf(request, records[request.Id]) != request.Hash)
                    return (count, $"Request {request.Id} or one of its records was changed or deleted after it was written.");
                previous = request.Hash;
                count++;
            }
            last = end;
        }
    }
}
