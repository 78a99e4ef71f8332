using System.Net;
using JobMatch.Data.Employment;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Graph.Nodes;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JobMatch.Tests.Writes;

/// <summary>
/// The write door: the access table decides, refusals are typed errors in the payload (HTTP 200), a stale version is
/// a ConflictError with the current one, a retried create returns its first result, and every write is in the audit log.
/// </summary>
public sealed class WriteDoorTests(JobMatchHost host, ITestOutputHelper output) : IClassFixture<JobMatchHost>
{
    private static readonly Guid Lars = DemoCitizens.JobshopCitizen;

    private const string AddGoal = $$"""
        mutation AddGoal($input: AddJobGoalInput!) { addJobGoal(input: $input) { jobGoal { id text version targetDate status } {{WriteHelpers.DateErrors}} } }
        """;

    private const string ChangeGoal = $$"""
        mutation ChangeGoal($input: ChangeJobGoalInput!) { changeJobGoal(input: $input) { jobGoal { id text version } {{WriteHelpers.DateErrors}} } }
        """;

    [Fact]
    public async Task BifAddsAGoalToItsJobPlanAndItIsAuditedAsAWrite()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var response = await bif.PostAsync(AddGoal, new { input = new { citizenId = Lars, text = "Flere timer i skånejobbet", to = "2027-06-30" } }, operationName: "AddGoal");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var payload = response.Payload("addJobGoal");
        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal("Flere timer i skånejobbet", payload["jobGoal"]!["text"]!.GetValue<string>());
        Assert.Equal(1, payload["jobGoal"]!["version"]!.GetValue<int>());
        Assert.Equal("2027-06-30", payload["jobGoal"]!["targetDate"]!.GetValue<string>());

        var log = await host.GraphQLAs(null, Role.Auditor).PostAsync(
            "query($id: ID) { accessLog(citizenId: $id, first: 100) { edges { node { department category operation allowed operationName } } } }", new { id = Lars });
        Assert.Contains(log.DataOrThrow()["accessLog"]!["edges"]!.AsArray(), e => e!["node"]!["operation"]!.GetValue<string>() == "Write"
            && e["node"]!["category"]!.GetValue<string>() == "EmploymentDetail" && e["node"]!["allowed"]!.GetValue<bool>()
            && e["node"]!["department"]!.GetValue<string>() == "BIF" && e["node"]!["operationName"]!.GetValue<string>() == "AddGoal");
    }

    [Fact]
    public async Task AnotherDepartmentCannotWriteBifsPlanAndTheRefusalIsAnErrorInThePayloadWithStatus200()
    {
        await using var before = await host.Services.GetRequiredService<IDbContextFactory<EmploymentContext>>().CreateDbContextAsync();
        var goals = await before.JobGoals.CountAsync(g => g.CitizenId == Lars);

        var sof = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(AddGoal, new { input = new { citizenId = Lars, text = "SOF's idea" } });
        var anonymous = await host.GraphQL().PostAsync(AddGoal, new { input = new { citizenId = Lars, text = "Nobody's idea" } });
        var suf = await host.GraphQLAs(Departments.Health, Role.Caseworker).PostAsync(AddGoal, new { input = new { citizenId = DemoCitizens.FlexJobCitizen, text = "SUF's idea" } });

        Assert.Equal(HttpStatusCode.OK, sof.Status);
        Assert.Equal(["NotAuthorizedError"], sof.Payload("addJobGoal").ErrorTypes());
        Assert.Null(sof.Payload("addJobGoal")["jobGoal"]);
        Assert.Equal(AccessDecision.NotAuthorized, sof.Payload("addJobGoal")["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(AccessDecision.NotAuthenticated, anonymous.Payload("addJobGoal")["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["NotAuthorizedError"], suf.Payload("addJobGoal").ErrorTypes());
        await using var after = await host.Services.GetRequiredService<IDbContextFactory<EmploymentContext>>().CreateDbContextAsync();
        Assert.Equal(goals, await after.JobGoals.CountAsync(g => g.CitizenId == Lars));
    }

    [Fact]
    public async Task ACitizenOutsideBifsCaseloadIsNotWrittenTo()
    {
        // Emil (STU) has no contact person in BIF yet.
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(AddGoal, new { input = new { citizenId = DemoCitizens.StuStudent, text = "Job efter STU" } });

        var error = response.Payload("addJobGoal")["errors"]![0]!;
        Assert.Equal("NotAuthorizedError", error["__typename"]!.GetValue<string>());
        Assert.Contains("not in BIF's caseload", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task BadInputIsAValidationErrorAtTheFieldsPathAndAnEndBeforeTheStartHasItsOwnError()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var empty = await bif.PostAsync(AddGoal, new { input = new { citizenId = Lars, text = " " } });
        var backwards = await bif.PostAsync(AddGoal, new { input = new { citizenId = Lars, text = "Mål", from = "2026-12-01", to = "2026-11-30" } });
        var notACitizen = await bif.PostAsync(AddGoal, new { input = new { citizenId = "nonsense", text = "Mål" } });

        Assert.Equal(["ValidationError"], empty.Payload("addJobGoal").ErrorTypes());
        Assert.Equal(["input", "text"], empty.Payload("addJobGoal")["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        var end = Assert.Single(backwards.Payload("addJobGoal")["errors"]!.AsArray())!;
        Assert.Equal("EndBeforeStartError", end["__typename"]!.GetValue<string>());
        Assert.Equal("2026-11-30", end["end"]!.GetValue<string>());
        Assert.Equal(["input", "citizenId"], notACitizen.Payload("addJobGoal")["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Fact]
    public async Task OfTwoConcurrentChangesToOneGoalOneSucceedsAndTheOtherGetsAConflictWithTheCurrentVersion()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var goal = (await bif.PostAsync(AddGoal, new { input = new { citizenId = Lars, text = "Udgangspunkt" } })).Payload("addJobGoal")["jobGoal"]!;
        var id = goal["id"]!.GetValue<string>();

        var first = bif.PostAsync(ChangeGoal, new { input = new { id, version = 1, text = "Første ændring" } });
        var second = host.GraphQLAs(Departments.Employment, Role.Consultant).PostAsync(ChangeGoal, new { input = new { id, version = 1, text = "Anden ændring" } });
        var payloads = (await Task.WhenAll(first, second)).Select(r => r.Payload("changeJobGoal")).ToList();

        var won = Assert.Single(payloads, p => p["errors"]!.AsArray().Count == 0);
        var lost = Assert.Single(payloads, p => p["errors"]!.AsArray().Count > 0);
        Assert.Equal(2, won["jobGoal"]!["version"]!.GetValue<int>());
        Assert.Equal(["ConflictError"], lost.ErrorTypes());
        Assert.Equal(2, lost["errors"]![0]!["currentVersion"]!.GetValue<int>());
        Assert.Null(lost["jobGoal"]);
        var stored = await host.InAsync<EmploymentContext, JobGoal>(db => db.JobGoals.SingleAsync(g => g.Text == won["jobGoal"]!["text"]!.GetValue<string>()));
        Assert.Equal(2, stored.Version);

        // A stale version sent later is refused the same way.
        var stale = await bif.PostAsync(ChangeGoal, new { input = new { id, version = 1, text = "Sent" } });
        Assert.Equal(2, stale.Payload("changeJobGoal")["errors"]![0]!["currentVersion"]!.GetValue<int>());
    }

    [Fact]
    public async Task ACreateRetriedWithTheSameIdempotencyKeyReturnsTheFirstResultAndNoSecondRow()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var key = Guid.NewGuid().ToString();
        var input = new { citizenId = Lars, text = "Genforsøgt mål", idempotencyKey = key };

        var responses = await Task.WhenAll(bif.PostAsync(AddGoal, new { input }), bif.PostAsync(AddGoal, new { input }));
        var again = await bif.PostAsync(AddGoal, new { input });

        var ids = responses.Append(again).Select(r => r.Payload("addJobGoal")["jobGoal"]!["id"]!.GetValue<string>()).Distinct().ToList();
        Assert.Single(ids);
        Assert.Equal(1, await host.InAsync<EmploymentContext, int>(db => db.JobGoals.CountAsync(g => g.Text == "Genforsøgt mål")));
        // The same key for another kind of create is an error, not a silent answer with the wrong record.
        var other = await bif.PostAsync("mutation($input: AddJobActivityInput!) { addJobActivity(input: $input) { jobActivity { id } " + WriteHelpers.DateErrors + " } }",
            new { input = new { citizenId = Lars, text = "Kursus", provider = "AMU", from = "2026-12-01", idempotencyKey = key } });
        Assert.Equal(["ValidationError"], other.Payload("addJobActivity").ErrorTypes());
    }

    [Fact]
    public async Task AKeyReusedForAnotherCitizenIsRefusedAndDoesNotAnswerWithTheFirstCitizensRecord()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var key = Guid.NewGuid().ToString();
        var first = await bif.PostAsync(AddGoal, new { input = new { citizenId = Lars, text = "Larses mål", idempotencyKey = key } });
        Assert.Empty(first.Payload("addJobGoal")["errors"]!.AsArray());

        var other = await bif.PostAsync(AddGoal, new { input = new { citizenId = DemoCitizens.SharedCashBenefitCitizen, text = "Et andet mål", idempotencyKey = key } });

        var payload = other.Payload("addJobGoal");
        Assert.Null(payload["jobGoal"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("ValidationError", error["__typename"]!.GetValue<string>());
        Assert.Contains("another citizen", error["message"]!.GetValue<string>());
        Assert.Equal(["input", "idempotencyKey"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(0, await host.InAsync<EmploymentContext, int>(db => db.JobGoals.CountAsync(g => g.Text == "Et andet mål")));
    }

    [Fact]
    public async Task ADepartmentThatMayNotWriteACategoryCannotTellARealRecordIdFromAMadeUpOne()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var made = await bif.PostAsync(AddGoal, new { input = new { citizenId = Lars, text = "Et rigtigt mål" } });
        var real = made.Payload("addJobGoal")["jobGoal"]!["id"]!.GetValue<string>();
        var madeUp = GlobalId.Of(NodeTypes.JobGoal, Guid.NewGuid());

        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker);
        var onReal = await sof.PostAsync(ChangeGoal, new { input = new { id = real, version = 1, text = "SOF's" } });
        var onMadeUp = await sof.PostAsync(ChangeGoal, new { input = new { id = madeUp, version = 1, text = "SOF's" } });

        var a = Assert.Single(onReal.Payload("changeJobGoal")["errors"]!.AsArray())!;
        var b = Assert.Single(onMadeUp.Payload("changeJobGoal")["errors"]!.AsArray())!;
        Assert.Equal("NotAuthorizedError", a["__typename"]!.GetValue<string>());
        Assert.Equal("NotAuthorizedError", b["__typename"]!.GetValue<string>());
        Assert.Equal(a["message"]!.GetValue<string>(), b["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task AWriteToASourceThatIsDownFailsCleanlyWithNothingWritten()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var employer = await host.EmployerIdAsync();
        var count = await host.InAsync<EmploymentContext, int>(db => db.Outbox.CountAsync());
        const string Register = "mutation($input: RegisterPlacementInput!) { registerPlacement(input: $input) { placement { id } " + WriteHelpers.PlacementErrors + " } }";
        var input = new { citizenId = Lars, kind = "INTERNSHIP", employerId = employer, hoursPerWeek = 10, from = "2027-01-04", idempotencyKey = "outage-1" };

        GraphQLResponse during;
        var file = Path.Combine(host.DataDirectory, "employment.db");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(file, file + ".away");
        try
        {
            during = await bif.PostAsync(Register, new { input });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Move(file + ".away", file, overwrite: true);
        }

        Assert.Equal(HttpStatusCode.OK, during.Status);
        var error = Assert.Single(during.Payload("registerPlacement")["errors"]!.AsArray())!;
        Assert.Equal("SourceUnavailableError", error["__typename"]!.GetValue<string>());
        Assert.Equal("Employment", error["source"]!.GetValue<string>());
        Assert.Equal(count, await host.InAsync<EmploymentContext, int>(db => db.Outbox.CountAsync()));
        // The retry with the same key, once the source is back, makes the placement once.
        var after = await bif.PostAsync(Register, new { input });
        Assert.Empty(after.Payload("registerPlacement")["errors"]!.AsArray());
        output.WriteLine(after.Text);
    }
}
