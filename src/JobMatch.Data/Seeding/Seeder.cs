using JobMatch.Data.Registry;
using JobMatch.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Data.Seeding;

/// <summary>
/// Seeds the reference data drawn from the seed documents and a population of synthetic citizens into every
/// source except Audit. The same <c>citizens</c> count and day always give the same rows: every value comes from
/// fixed-seed random streams and the dates that matter for "now" are drawn relative to the day given, never read
/// from the clock here; legal dates (the reforms) are fixed.
/// </summary>
public static class Seeder
{
    // Reference data has its own stream so that it is the same whatever the number of citizens.
    private const int ReferenceSeed = 2013_4800;
    private const int CitizenSeed = 2026_1101;
    // The young people in each state of the handover draw from their own stream, after the generated citizens.
    private const int YouthSeed = 2012_0322;

    /// <summary>The day the showcase citizens were written around, for a data set that must not move with the calendar (benchmarks).</summary>
    public static DateOnly ReferenceDate => SeedClock.Anchor;

    /// <summary>Seeds around <see cref="ReferenceDate"/>, for data sets compared across days.</summary>
    public static Task<bool> SeedAsync(SourceStores stores, int citizens, CancellationToken ct) => SeedAsync(stores, citizens, ReferenceDate, ct);

    /// <summary>
    /// Seeds <paramref name="citizens"/> citizens (the <see cref="DemoCitizens"/> first, and always all of them) with
    /// records in every source. Returns false and writes nothing if the Registry already has citizens. The sources
    /// must be migrated. The Registry is written last, so a run that fails part-way is not mistaken for a seeded store.
    /// <paramref name="today"/> is the day the data set is written for: the host passes the Danish date from its clock.
    /// </summary>
    public static async Task<bool> SeedAsync(SourceStores stores, int citizens, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentOutOfRangeException.ThrowIfNegative(citizens);
        await using (var existing = await stores.OpenAsync(Source.Registry, ct))
        {
            if (await existing.Set<Citizen>().AnyAsync(ct))
                return false;
        }

        var set = Build(citizens, today);
        // The department sources are separate stores, so they are written side by side; the Registry commits only
        // after all of them have, so a failed run never leaves citizens behind that look seeded.
        var departments = Task.WhenAll(
            Task.Run(() => WriteAsync(stores, Source.Employment, (db, token) => WriteEmploymentAsync(db, set, token), null, ct), ct),
            Task.Run(() => WriteAsync(stores, Source.Social, (db, token) => WriteSocialAsync(db, set, token), null, ct), ct),
            Task.Run(() => WriteAsync(stores, Source.Health, (db, token) => BulkInsert.InsertAsync(db, set.HealthEpisodes, token), null, ct), ct),
            Task.Run(() => WriteAsync(stores, Source.Youth, (db, token) => WriteYouthAsync(db, set, token), null, ct), ct));
        var registry = Task.Run(() => WriteAsync(stores, Source.Registry, (db, token) => WriteRegistryAsync(db, set, token), departments, ct), ct);
        await Task.WhenAll(departments, registry);
        return true;
    }

    internal static SeedSet Build(int citizens, DateOnly today)
    {
        using var day = SeedClock.On(today);
        var set = new SeedSet();
        var reference = new SeedRandom(ReferenceSeed);
        set.Agencies.AddRange(SeedAgencies.All());
        set.Projects.AddRange(SeedProjects.All());
        set.Employers.AddRange(SeedEmployers.All(reference));
        set.Employees.AddRange(SeedEmployees.All(reference));
        set.TargetGroups.AddRange(SeedEmploymentReference.TargetGroups());
        set.BenefitTypes.AddRange(SeedEmploymentReference.BenefitTypes());
        set.Offers.AddRange(SeedPortal.Offers(set.Employees));
        set.Procedures.AddRange(SeedPortal.Procedures());
        set.UnitContacts.AddRange(SeedPortal.UnitContacts(set.Employees));

        var directory = new SeedDirectory(set);
        var random = new SeedRandom(CitizenSeed);
        var people = new SeedPeople(random);
        new DemoCitizenRecords(set, random, directory, people).AddAll();
        // The young people in each handover state come with any data set that has room for them, within the count.
        var youth = citizens >= DemoCitizens.All.Count + DemoYouth.All.Count;
        new CitizenGenerator(set, random, directory, people).Generate(Math.Max(0, citizens - DemoCitizens.All.Count - (youth ? DemoYouth.All.Count : 0)));
        if (youth)
            new DemoYouthRecords(set, new SeedRandom(YouthSeed), directory, people).AddAll();
        return set;
    }

    private static async Task WriteRegistryAsync(DbContext db, SeedSet set, CancellationToken ct)
    {
        db.AddRange(set.Agencies);
        db.AddRange(set.Projects);
        db.AddRange(set.Employers);
        db.AddRange(set.Employees);
        db.AddRange(set.Offers);
        db.AddRange(set.Procedures);
        db.AddRange(set.UnitContacts);
        await db.SaveChangesAsync(ct);
        await BulkInsert.InsertAsync(db, set.Citizens, ct);
        await BulkInsert.InsertAsync(db, set.ContactAssignments, ct);
        await BulkInsert.InsertAsync(db, set.Consents, ct);
    }

    private static async Task WriteEmploymentAsync(DbContext db, SeedSet set, CancellationToken ct)
    {
        db.AddRange(set.TargetGroups);
        db.AddRange(set.BenefitTypes);
        await db.SaveChangesAsync(ct);
        await BulkInsert.InsertAsync(db, set.TargetGroupPeriods, ct);
        await BulkInsert.InsertAsync(db, set.BenefitPeriods, ct);
        await BulkInsert.InsertAsync(db, set.JobGoals, ct);
        await BulkInsert.InsertAsync(db, set.JobActivities, ct);
        await BulkInsert.InsertAsync(db, set.Placements, ct);
        await BulkInsert.InsertAsync(db, set.Enrollments, ct);
        await BulkInsert.InsertAsync(db, set.EnrollmentSteps, ct);
    }

    private static async Task WriteSocialAsync(DbContext db, SeedSet set, CancellationToken ct)
    {
        await BulkInsert.InsertAsync(db, set.ActionPlans, ct);
        await BulkInsert.InsertAsync(db, set.SocialGoals, ct);
        await BulkInsert.InsertAsync(db, set.SocialServices, ct);
        await BulkInsert.InsertAsync(db, set.SubstanceTreatments, ct);
    }

    private static async Task WriteYouthAsync(DbContext db, SeedSet set, CancellationToken ct)
    {
        await BulkInsert.InsertAsync(db, set.Educations, ct);
        await BulkInsert.InsertAsync(db, set.TransitionPlans, ct);
    }

    /// <summary>
    /// One transaction per source, inside the provider's execution strategy (SQL Server's retrying strategy refuses
    /// transactions opened outside it). <paramref name="commitAfter"/> holds the commit back until other writes succeed.
    /// </summary>
    private static async Task WriteAsync(SourceStores stores, Source source, Func<DbContext, CancellationToken, Task> write, Task? commitAfter, CancellationToken ct)
    {
        await using var db = await stores.OpenAsync(source, ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var sqlite = db.Database.IsSqlite();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // Random GUID keys scatter inserts over every index; SQLite's default 2 MB page cache then spends the
            // run re-reading pages. A large cache for the seed alone halves the time.
            if (sqlite)
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144;", ct);
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                await write(db, token);
                if (commitAfter is not null)
                    await commitAfter;
                await transaction.CommitAsync(token);
            }, ct);
        }
        finally
        {
            // The connection goes back to the pool; give back the cache (SQLite's default is 2000 KiB).
            if (sqlite)
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000;", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }
}
