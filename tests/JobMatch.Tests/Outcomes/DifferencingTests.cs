using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Outcomes;

/// <summary>
/// An analyst compares two answers around one citizen's enrolment: the answers are the same, because both count
/// the month's snapshot, so nothing tells whether that citizen is in work.
/// </summary>
public sealed class DifferencingTests : IClassFixture<JobMatchHost>
{
    private readonly JobMatchHost host;

    public DifferencingTests(JobMatchHost host) => this.host = host;

    private static readonly string Klap = OutcomesTests.Query("project: \"KLAPJOB\"");

    [Fact]
    public async Task EnrollingOneCitizenBetweenTwoAnswersChangesNothingUntilTheNextSnapshot()
    {
        var analyst = host.GraphQLAs(Departments.Employment, Role.Analyst);
        var before = await analyst.PostAsync(Klap);
        var beforeOld = await analyst.PostAsync("""{ projectOutcomes(code: "KLAPJOB") { participants employedAtEnrollment { count } employedNow { count } steps { reached } } }""");

        var today = JobMatchHost.Today;
        // A new citizen, enrolled today and in paid work, and a comparison-group member enrolled today with a new job.
        var newcomer = await AddCitizenAsync(today.AddYears(-24));
        await using (var employment = await host.Services.GetRequiredService<IDbContextFactory<EmploymentContext>>().CreateDbContextAsync())
        {
            var compared = await employment.TargetGroupPeriods
                .Where(p => p.TargetGroupCode == "FOEP" && !employment.Enrollments.Any(e => e.CitizenId == p.CitizenId))
                .OrderBy(p => p.CitizenId).Select(p => p.CitizenId).FirstAsync();
            employment.TargetGroupPeriods.Add(new TargetGroupPeriod { Id = Guid.NewGuid(), CitizenId = newcomer, TargetGroupCode = "FOEP", From = today, To = null });
            foreach (var citizen in new[] { newcomer, compared })
            {
                employment.Enrollments.Add(new Enrollment
                {
                    Id = Guid.NewGuid(),
                    CitizenId = citizen,
                    ProjectCode = "KLAPJOB",
                    ReferredBy = "SOF-HCK",
                    EnrolledOn = today,
                    Status = PlanStatus.Active,
                    Steps = [new EnrollmentStep { Id = Guid.NewGuid(), StepOrder = 1, StartedOn = today }],
                });
                employment.Placements.Add(new Placement { Id = Guid.NewGuid(), CitizenId = citizen, Kind = PlacementKind.WageSubsidy, EmployerId = Guid.NewGuid(), From = today, HoursPerWeek = 15, Status = PlanStatus.Active });
            }
            await employment.SaveChangesAsync();
        }

        var after = await analyst.PostAsync(Klap);
        var afterOld = await analyst.PostAsync("""{ projectOutcomes(code: "KLAPJOB") { participants employedAtEnrollment { count } employedNow { count } steps { reached } } }""");

        Assert.Equal(before.DataOrThrow().ToJsonString(), after.DataOrThrow().ToJsonString());
        Assert.Equal(beforeOld.DataOrThrow().ToJsonString(), afterOld.DataOrThrow().ToJsonString());

        // Next month's snapshot counts them (with everyone's further month): the answers are not frozen for ever.
        // The clock only moves forward, and this class's host is its own.
        host.SetDanishTime(new DateOnly(2027, 1, 4), new TimeOnly(10, 0));
        var nextMonth = await host.GraphQLAs(Departments.Employment, Role.Analyst).PostAsync(Klap);
        Assert.Equal("2027-01-01", nextMonth.DataOrThrow()["outcomes"]!["snapshot"]!.GetValue<string>());
        Assert.NotEqual(before.DataOrThrow()["outcomes"]!["byQuarter"]!.ToJsonString(), nextMonth.DataOrThrow()["outcomes"]!["byQuarter"]!.ToJsonString());
    }

    private async Task<Guid> AddCitizenAsync(DateOnly birthDate)
    {
        var id = Guid.NewGuid();
        await using var registry = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync();
        registry.Citizens.Add(new Citizen { Id = id, Cpr = "0101029999", FirstName = "Ny", LastName = "Deltager", BirthDate = birthDate, District = "Indre By" });
        await registry.SaveChangesAsync();
        return id;
    }
}
