using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Health;
using JobMatch.Data.Registry;
using JobMatch.Data.Seeding;
using JobMatch.Data.Social;
using JobMatch.Data.Youth;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Tests.Seeding;

public sealed class SeederTests
{
    private const int Citizens = 300;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task SeedingTheSameCountTwiceGivesIdenticalData()
    {
        await using var first = await TempSources.CreateAsync();
        await using var second = await TempSources.CreateAsync();

        Assert.True(await Seeder.SeedAsync(first.Stores, Citizens, None));
        Assert.True(await Seeder.SeedAsync(second.Stores, Citizens, None));

        var dump = await SourceDump.DumpAsync(first.Stores);
        Assert.Contains(DemoCitizens.KlapJobParticipantCpr, dump, StringComparison.Ordinal);
        Assert.Equal(dump, await SourceDump.DumpAsync(second.Stores));
    }

    [Fact]
    public async Task SeedingOnTheSameDayTwiceGivesIdenticalDataAndALaterDayMovesThePlansButNotTheReform()
    {
        var day = new DateOnly(2028, 3, 15);
        await using var first = await TempSources.CreateAsync();
        await using var second = await TempSources.CreateAsync();

        Assert.True(await Seeder.SeedAsync(first.Stores, 60, day, None));
        Assert.True(await Seeder.SeedAsync(second.Stores, 60, day, None));

        Assert.Equal(await SourceDump.DumpAsync(first.Stores), await SourceDump.DumpAsync(second.Stores));
        await using var employment = (EmploymentContext)await first.Stores.OpenAsync(Source.Employment, None);
        // Mads's internship was written as 2026-09-07 to 2026-12-04 for a demo seeded on 2026-12-01: seeded on a later
        // day it is still under way, the same distance from that day.
        var internship = await employment.Placements.SingleAsync(p => p.CitizenId == DemoCitizens.SharedCashBenefitCitizen);
        Assert.Equal(new DateOnly(2027, 12, 21), internship.From);
        Assert.Equal(new DateOnly(2028, 3, 18), internship.To);
        // The reform's groups begin on 2027-01-01 whatever the seed's day.
        var groups = await employment.TargetGroupPeriods.Where(p => p.CitizenId == DemoCitizens.SharedCashBenefitCitizen).OrderBy(p => p.From).ToListAsync();
        Assert.Equal(new DateOnly(2027, 1, 1), groups.Single(g => g.TargetGroupCode == "KH27-HELHED").From);
    }

    [Fact]
    public async Task SeedingASeededStoreReturnsFalseAndAddsNothing()
    {
        await using var sources = await TempSources.CreateAsync();
        Assert.True(await Seeder.SeedAsync(sources.Stores, 50, None));
        var before = await SourceDump.CountAsync(sources.Stores);

        Assert.False(await Seeder.SeedAsync(sources.Stores, 50, None));

        Assert.Equal(50, before["Registry.Citizens"]);
        Assert.Equal(before, await SourceDump.CountAsync(sources.Stores));
    }

    [Fact]
    public async Task ShowcaseCitizensHaveRecordsExactlyInTheDepartmentsTheirDocsName()
    {
        await using var sources = await TempSources.CreateAsync();
        await Seeder.SeedAsync(sources.Stores, DemoCitizens.All.Count, None);
        var records = await DepartmentsWithRecordsAsync(sources.Stores);
        var contacts = await ContactsAsync(sources.Stores);
        var caseworkers = new Dictionary<string, Guid>
        {
            ["BIF"] = DemoEmployees.BifCaseworker,
            ["SOF"] = DemoEmployees.SofCaseworker,
            ["SUF"] = DemoEmployees.SufCaseworker,
            ["BUF"] = DemoEmployees.BufCaseworker,
        };
        var expected = new (Guid Citizen, string Cpr, string[] Departments)[]
        {
            (DemoCitizens.KlapJobParticipant, DemoCitizens.KlapJobParticipantCpr, ["BIF", "SOF", "BUF"]),
            (DemoCitizens.SharedCashBenefitCitizen, DemoCitizens.SharedCashBenefitCitizenCpr, ["BIF", "SOF", "SUF"]),
            (DemoCitizens.StuStudent, DemoCitizens.StuStudentCpr, ["BUF"]),
            (DemoCitizens.FlexJobCitizen, DemoCitizens.FlexJobCitizenCpr, ["BIF", "SUF"]),
            (DemoCitizens.JobshopCitizen, DemoCitizens.JobshopCitizenCpr, ["BIF", "SOF"]),
        };

        await using var registry = (RegistryContext)await sources.Stores.OpenAsync(Source.Registry, None);
        foreach (var (citizen, cpr, departments) in expected)
        {
            Assert.Equal(cpr, (await registry.Citizens.SingleAsync(c => c.Id == citizen)).Cpr);
            Assert.Equal(departments.Order(), records[citizen].Order());
            Assert.Equal(departments.Order(), contacts[citizen].Select(c => c.DepartmentCode).Order());
            Assert.All(contacts[citizen], c => Assert.Equal(caseworkers[c.DepartmentCode], c.EmployeeId));
        }
        Assert.Equal(caseworkers.Values.Order(), await registry.Employees.Where(e => caseworkers.Values.Contains(e.Id)).Select(e => e.Id).OrderBy(id => id).ToListAsync());
    }

    [Fact]
    public async Task EveryCitizenHasAContactPersonInEachDepartmentWithRecords()
    {
        await using var sources = await TempSources.CreateAsync();
        await Seeder.SeedAsync(sources.Stores, Citizens, None);
        var records = await DepartmentsWithRecordsAsync(sources.Stores);
        var contacts = await ContactsAsync(sources.Stores);
        await using var registry = (RegistryContext)await sources.Stores.OpenAsync(Source.Registry, None);
        var citizens = await registry.Citizens.Select(c => c.Id).ToListAsync();

        Assert.Equal(Citizens, citizens.Count);
        Assert.All(citizens, id =>
        {
            Assert.NotEmpty(contacts[id]);
            Assert.Equal(records[id].Order(), contacts[id].Select(c => c.DepartmentCode).Distinct().Order());
        });
    }

    [Fact]
    public async Task CprNumbersAreUniqueAndAgreeWithBirthDatesAndSex()
    {
        await using var sources = await TempSources.CreateAsync();
        await Seeder.SeedAsync(sources.Stores, Citizens, None);
        await using var registry = (RegistryContext)await sources.Stores.OpenAsync(Source.Registry, None);
        var citizens = await registry.Citizens.ToListAsync();

        Assert.Equal(citizens.Count, citizens.Select(c => c.Cpr).Distinct().Count());
        Assert.All(citizens, c =>
        {
            Assert.Matches("^[0-9]{10}$", c.Cpr);
            Assert.Equal(c.BirthDate.ToString("ddMMyy", System.Globalization.CultureInfo.InvariantCulture), c.Cpr[..6]);
            // The seventh digit tells the century: 0–3 for 1900–1999, 4–9 for 2000–2036.
            Assert.Equal(c.BirthDate.Year >= 2000, c.Cpr[6] >= '4');
        });
    }

    [Fact]
    public async Task SharedCitizensPlansInterleaveAcrossBifSofAndSuf()
    {
        await using var sources = await TempSources.CreateAsync();
        await Seeder.SeedAsync(sources.Stores, DemoCitizens.All.Count, None);
        var id = DemoCitizens.SharedCashBenefitCitizen;
        var timeline = new List<(DateOnly Date, string Department)>();
        await using (var employment = (EmploymentContext)await sources.Stores.OpenAsync(Source.Employment, None))
        {
            timeline.AddRange((await employment.JobGoals.Where(g => g.CitizenId == id).Select(g => g.SetOn).ToListAsync()).Select(d => (d, "BIF")));
            timeline.AddRange((await employment.JobActivities.Where(a => a.CitizenId == id).Select(a => a.From).ToListAsync()).Select(d => (d, "BIF")));
        }
        await using (var social = (SocialContext)await sources.Stores.OpenAsync(Source.Social, None))
        {
            timeline.AddRange((await social.Goals.Where(g => g.CitizenId == id).Select(g => g.SetOn).ToListAsync()).Select(d => (d, "SOF")));
            timeline.AddRange((await social.Services.Where(s => s.CitizenId == id).Select(s => s.From).ToListAsync()).Select(d => (d, "SOF")));
        }
        await using (var health = (HealthContext)await sources.Stores.OpenAsync(Source.Health, None))
            timeline.AddRange((await health.Episodes.Where(e => e.CitizenId == id).Select(e => e.From).ToListAsync()).Select(d => (d, "SUF")));

        var in2026 = timeline.Where(t => t.Date.Year == 2026).OrderBy(t => t.Date).Select(t => t.Department).ToList();
        var switches = in2026.Zip(in2026.Skip(1)).Count(pair => pair.First != pair.Second);
        Assert.Equal(["BIF", "SOF", "SUF"], in2026.Distinct().Order());
        Assert.True(switches >= 6, $"Expected the departments to take turns, got {string.Join(" ", in2026)}");
    }

    [Fact]
    public async Task ActiveRecordsAreCurrentOnTheReferenceDate()
    {
        await using var sources = await TempSources.CreateAsync();
        await Seeder.SeedAsync(sources.Stores, Citizens, None);
        var today = Seeder.ReferenceDate;
        await using var employment = (EmploymentContext)await sources.Stores.OpenAsync(Source.Employment, None);
        await using var social = (SocialContext)await sources.Stores.OpenAsync(Source.Social, None);

        var placements = await employment.Placements.Where(p => p.Status == PlanStatus.Active).ToListAsync();
        var services = await social.Services.Where(s => s.Status == PlanStatus.Active).ToListAsync();

        Assert.NotEmpty(placements);
        Assert.All(placements, p => Assert.True(p.From <= today && (p.To is null || p.To >= today)));
        Assert.All(services, s => Assert.True(s.From <= today && (s.To is null || s.To >= today)));
        Assert.Contains(placements, p => p.CitizenId == DemoCitizens.KlapJobParticipant && p.Kind == PlacementKind.WageSubsidy);
    }

    private static async Task<Dictionary<Guid, HashSet<string>>> DepartmentsWithRecordsAsync(SourceStores stores)
    {
        var result = new Dictionary<Guid, HashSet<string>>();
        void Add(IEnumerable<Guid> citizens, string department)
        {
            foreach (var citizen in citizens)
            {
                if (!result.TryGetValue(citizen, out var departments))
                    result[citizen] = departments = [];
                departments.Add(department);
            }
        }

        await using (var db = (EmploymentContext)await stores.OpenAsync(Source.Employment, None))
        {
            Add(await db.TargetGroupPeriods.Select(x => x.CitizenId).ToListAsync(), "BIF");
            Add(await db.BenefitPeriods.Select(x => x.CitizenId).ToListAsync(), "BIF");
            Add(await db.JobGoals.Select(x => x.CitizenId).ToListAsync(), "BIF");
            Add(await db.JobActivities.Select(x => x.CitizenId).ToListAsync(), "BIF");
            Add(await db.Placements.Select(x => x.CitizenId).ToListAsync(), "BIF");
            Add(await db.Enrollments.Select(x => x.CitizenId).ToListAsync(), "BIF");
        }
        await using (var db = (SocialContext)await stores.OpenAsync(Source.Social, None))
        {
            Add(await db.ActionPlans.Select(x => x.CitizenId).ToListAsync(), "SOF");
            Add(await db.Goals.Select(x => x.CitizenId).ToListAsync(), "SOF");
            Add(await db.Services.Select(x => x.CitizenId).ToListAsync(), "SOF");
            Add(await db.SubstanceTreatments.Select(x => x.CitizenId).ToListAsync(), "SOF");
        }
        await using (var db = (HealthContext)await stores.OpenAsync(Source.Health, None))
            Add(await db.Episodes.Select(x => x.CitizenId).ToListAsync(), "SUF");
        await using (var db = (YouthContext)await stores.OpenAsync(Source.Youth, None))
        {
            Add(await db.Educations.Select(x => x.CitizenId).ToListAsync(), "BUF");
            Add(await db.TransitionPlans.Select(x => x.CitizenId).ToListAsync(), "BUF");
        }
        return result;
    }

    private static async Task<Dictionary<Guid, List<ContactAssignment>>> ContactsAsync(SourceStores stores)
    {
        await using var registry = (RegistryContext)await stores.OpenAsync(Source.Registry, None);
        return (await registry.ContactAssignments.ToListAsync()).GroupBy(a => a.CitizenId).ToDictionary(g => g.Key, g => g.ToList());
    }
}
