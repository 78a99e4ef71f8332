using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Outcomes;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Outcomes;

/// <summary>Analysts see what a project achieved, never a person, and never a group small enough to single one out.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class ProjectOutcomeTests(DemoHost host)
{
    private const string Outcomes = """{ projectOutcomes(code: "KLAPJOB") { suppressed participants employedAtEnrollment { count percent } employedNow { count percent } steps { order name reached } } }""";

    [Fact]
    public async Task AnAnalystSeesKlapJobsOutcomes()
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Analyst).PostAsync(Outcomes);

        var outcome = response.DataOrThrow()["projectOutcomes"]!;
        Assert.False(outcome["suppressed"]!.GetValue<bool>());
        Assert.True(outcome["participants"]!.GetValue<int>() >= OutcomeCalculator.MinimumGroup);
        Assert.Equal(4, outcome["steps"]!.AsArray().Count);
    }

    [Fact]
    public async Task ACaseworkerIsNotAnAnalyst()
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(Outcomes);

        Assert.Equal([AccessDecision.NotAuthorized], response.ErrorCodes);
    }

    [Fact]
    public void GroupsSmallerThanFiveAreWithheld()
    {
        var project = new Project { Code = "P", Name = "P", Description = "", TargetGroup = "", OwnerCode = "BIF", Steps = [new ProjectStep { ProjectCode = "P", Order = 1, Name = "Start", Description = "" }] };
        Enrollment Enrolled(int i) => new() { Id = Guid.NewGuid(), CitizenId = new Guid(i, 0, 0, new byte[8]), ProjectCode = "P", ReferredBy = "BIF", EnrolledOn = new DateOnly(2026, 1, 1), Status = PlanStatus.Active, Steps = [new EnrollmentStep { StepOrder = 1, StartedOn = new DateOnly(2026, 1, 1) }] };
        Placement Job(Enrollment e) => new() { CitizenId = e.CitizenId, Kind = PlacementKind.FlexJob, From = new DateOnly(2026, 3, 1), HoursPerWeek = 15, Status = PlanStatus.Active };

        var four = Enumerable.Range(1, 4).Select(Enrolled).ToList();
        var twelve = Enumerable.Range(1, 12).Select(Enrolled).ToList();
        var small = OutcomeCalculator.Calculate(project, four, four.Select(Job).ToList());
        var nearlyAll = OutcomeCalculator.Calculate(project, twelve, twelve.Take(9).Select(Job).ToList());
        var half = OutcomeCalculator.Calculate(project, twelve, twelve.Take(6).Select(Job).ToList());

        Assert.True(small.Suppressed);
        Assert.Null(small.Participants);
        Assert.Null(nearlyAll.EmployedNow); // 9 of 12: the 3 without a job would show by subtraction
        Assert.Equal(new Share(6, 50.0), half.EmployedNow);
        Assert.Null(half.Steps[0].Reached); // all 12 reached step 1: 0 did not, which singles out nobody but is below the minimum complement
    }
}
