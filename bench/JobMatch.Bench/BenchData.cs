using JobMatch.Bench.Baseline;
using JobMatch.Bench.Scenarios;
using JobMatch.Data;
using JobMatch.Data.Audit;
using JobMatch.Data.Registry;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Bench;

/// <summary>The benchmark's data set (see <see cref="BenchStore"/>): seeded once per size and reused.</summary>
public static class BenchData
{
    public const string ConsentPurpose = "bench: side-by-side benchmark";

    /// <summary>The consents scenario 3 reads under: the first this many citizens of BIF's caseload by name.</summary>
    public const int ConsentedCitizens = 100;

    /// <summary>Migrates, seeds through the Seeder when empty, and records the consents scenarios 1 and 3 need.</summary>
    public static async Task EnsureAsync(IServiceProvider services, int citizens, CancellationToken ct)
    {
        var stores = services.GetRequiredService<SourceStores>();
        await stores.MigrateAllAsync(ct);
        var started = TimeProvider.System.GetTimestamp();
        if (await Seeder.SeedAsync(stores, citizens, ct))
            Console.WriteLine($"Seeded {citizens:N0} citizens in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s.");
        else
            Console.WriteLine($"Reusing the {citizens:N0} citizens already seeded.");

        // As the statement-count test does: confirmed consents from every other department to BIF, for the purpose the
        // scenarios state, for the first page of BIF's caseload (the citizens BIF is involved with today, by name), so
        // scenario 3 reads every source for every citizen on the page, and for scenario 1's citizen, whose own consents
        // are for other purposes. Per citizen, so a data set seeded before keeps working.
        await using var db = await services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
        var today = services.GetRequiredService<Calendar>().Today;
        var firstPage = await db.Citizens.InCaseload(db, Departments.Employment, today)
            .OrderBy(c => c.SearchLastName).ThenBy(c => c.SearchFirstName).ThenBy(c => c.Id).Select(c => c.Id).Take(ConsentedCitizens).ToListAsync(ct);
        var wanted = firstPage.Append(DemoCitizens.SharedCashBenefitCitizen).Distinct().ToList();
        var consented = await db.Consents.Where(c => c.RecordedBy == ConsentPurpose && wanted.Contains(c.CitizenId)).Select(c => c.CitizenId).Distinct().ToListAsync(ct);
        var ids = wanted.Except(consented).ToList();
        if (ids.Count == 0)
            return;
        foreach (var id in ids)
            foreach (var (sharing, category) in new[] { ("SOF", "SocialDetail"), ("SUF", "HealthDetail"), ("BUF", "YouthDetail") })
                db.Consents.Add(new Consent
                {
                    Id = Guid.NewGuid(),
                    CitizenId = id,
                    SharingDepartment = sharing,
                    ReceivingDepartment = Departments.Employment,
                    Categories = category,
                    Purpose = ScenarioCatalog.Purpose,
                    RecordedBy = ConsentPurpose,
                    LegalBasis = "Samtykke, forvaltningsloven § 28",
                    ValidFrom = new DateOnly(2020, 1, 1),
                    RecordedAt = DateTime.UtcNow,
                    ConfirmedAt = DateTime.UtcNow,
                });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The cursor of the citizen 99 % down BIF's caseload by name, as both sides write it (the deep page's start).</summary>
    public static async Task<string?> DeepCursorAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
        var today = services.GetRequiredService<Calendar>().Today;
        var caseload = db.Citizens.InCaseload(db, Departments.Employment, today);
        var count = await caseload.CountAsync(ct);
        var row = await caseload.OrderBy(c => c.SearchLastName).ThenBy(c => c.SearchFirstName).ThenBy(c => c.Id)
            .Skip(count * 99 / 100).Select(c => new { c.SearchLastName, c.SearchFirstName, c.Id }).FirstOrDefaultAsync(ct);
        return row is null ? null : Paging.Cursor("name:asc", row.SearchLastName, row.SearchFirstName, row.Id.ToString("D"));
    }

    public static async Task<long> AuditRecordsAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<AuditContext>>().CreateDbContextAsync(ct);
        return await db.AccessRecords.LongCountAsync(ct);
    }

    /// <summary>What one request left in the log, less what differs by nature (its id, the time, the hash chain).</summary>
    public static async Task<List<(Guid CitizenId, string Category, string Operation, bool Allowed, string? OperationName, string? Purpose)>> AuditOfAsync(
        IServiceProvider services, string requestId, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<AuditContext>>().CreateDbContextAsync(ct);
        var rows = await db.AccessRecords.Join(db.AccessRequests.Where(q => q.CorrelationId == requestId), r => r.RequestId, q => q.Id,
            (r, q) => new { r.CitizenId, r.Category, r.Operation, r.Allowed, q.OperationName, q.Purpose }).ToListAsync(ct);
        return rows.Select(r => (r.CitizenId ?? Guid.Empty, r.Category, r.Operation, r.Allowed, r.OperationName, r.Purpose)).Order().ToList();
    }
}
