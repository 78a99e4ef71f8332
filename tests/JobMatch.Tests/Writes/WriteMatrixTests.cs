using System.Text.Json.Nodes;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Data.Seeding;
using JobMatch.Data.Social;
using JobMatch.Data.Youth;
using JobMatch.Graph.Access;
using JobMatch.Graph.Nodes;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Tests.Writes;

/// <summary>
/// Who may write what, through every plan mutation, for every department and role, against outcomes written out by
/// hand from the rules (the owner's caseworkers and consultants write its detail while involved; caseworkers name and
/// end their own department's contact persons; nobody writes under a consent), not computed from the table under test.
/// The citizen is Lars (BIF and SOF involved); the handover steps act on a transition plan of Emil's (BUF involved).
/// A change or an end acts on a record made first by a department that may; a refusal leaves its version as it was.
/// Y: the door lets the write through; n: NotAuthorizedError (NotAuthenticated for the anonymous caller).
/// </summary>
public sealed class WriteMatrixTests(JobMatchHost host) : IClassFixture<JobMatchHost>
{
    private static readonly Guid Lars = DemoCitizens.JobshopCitizen;
    private static readonly Guid Emil = DemoCitizens.StuStudent;

    /// <summary>The mutations, in the order of the columns below: BIF's eleven, SOF's five, BUF's two, the contact person's two.</summary>
    private static readonly string[] Mutations =
    [
        "addJobGoal", "changeJobGoal", "endJobGoal", "addJobActivity", "changeJobActivity", "endJobActivity",
        "registerPlacement", "extendPlacement", "endPlacement", "enrollInProject", "advanceKlapJob",
        "addSocialGoal", "changeSocialGoal", "endSocialGoal", "grantSocialService", "endSocialService",
        "agreeHandoverPlan", "handOverCase",
        "assignContactPerson", "endContactPerson",
    ];

    private static readonly (Access.AccessMatrixTests.Asker Asker, string Writes)[] Expected =
    [
        //                                                  BIF         SOF   BUF Contact
        (new(null, null),                                  "nnnnnnnnnnn nnnnn nn nn"),
        (new(Departments.Employment, Role.Caseworker),     "YYYYYYYYYYY nnnnn nn YY"),
        (new(Departments.Employment, Role.Consultant),     "YYYYYYYYYYY nnnnn nn nn"),
        (new(Departments.Social, Role.Caseworker),         "nnnnnnnnnnn YYYYY nn YY"),
        (new(Departments.Social, Role.Consultant),         "nnnnnnnnnnn YYYYY nn nn"),
        (new(Departments.Health, Role.Caseworker),         "nnnnnnnnnnn nnnnn nn nn"),
        (new(Departments.Health, Role.Consultant),         "nnnnnnnnnnn nnnnn nn nn"),
        (new(Departments.Youth, Role.Caseworker),          "nnnnnnnnnnn nnnnn YY nn"),
        (new(Departments.Youth, Role.Consultant),          "nnnnnnnnnnn nnnnn YY nn"),
        (new(Departments.Employment, Role.Analyst),        "nnnnnnnnnnn nnnnn nn nn"),
        (new(Departments.Social, Role.Administrator),      "nnnnnnnnnnn nnnnn nn nn"),
        (new(null, Role.Auditor),                          "nnnnnnnnnnn nnnnn nn nn"),
        (new(null, Role.Citizen, OwnRecord: true),         "nnnnnnnnnnn nnnnn nn nn"),
        (new(null, Role.Citizen, OwnRecord: false),        "nnnnnnnnnnn nnnnn nn nn"),
    ];

    public static TheoryData<int, int> Matrix()
    {
        var data = new TheoryData<int, int>();
        for (var asker = 0; asker < Expected.Length; asker++)
            for (var mutation = 0; mutation < Mutations.Length; mutation++)
                data.Add(asker, mutation);
        return data;
    }

    [Fact]
    public void EveryRowHasAnOutcomeForEveryMutation() =>
        Assert.All(Expected, row => Assert.Equal(Mutations.Length, row.Writes.Replace(" ", "", StringComparison.Ordinal).Length));

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EveryWriteIsDecidedByTheAccessTable(int asker, int mutation)
    {
        var (who, writes) = Expected[asker];
        var allowed = writes.Replace(" ", "", StringComparison.Ordinal)[mutation] == 'Y';
        var name = Mutations[mutation];
        var citizen = name is "agreeHandoverPlan" or "handOverCase" ? Emil : Lars;
        var client = who.Role is { } role
            ? host.GraphQLAs(who.Department, role, role == Role.Citizen ? (who.OwnRecord ? citizen : DemoCitizens.FlexJobCitizen) : null)
            : host.GraphQL();
        await ForgetEarlierRowsAsync(name);
        var target = await TargetAsync(name, who.Department);

        var response = await client.PostAsync(Document(name), new { input = await InputAsync(name, target?.Id, who.Department) });
        var payload = response.Payload(name);
        var errors = payload["errors"]!.AsArray();
        var entity = payload.AsObject().First(p => p.Key != "errors").Value;

        if (allowed)
        {
            Assert.True(errors.Count == 0, $"{who} {name}: {response.Text}");
            Assert.NotNull(entity);
            if (target is { } changed)
                Assert.Equal(changed.Version + 1, await StoredVersionAsync(name, changed.Id));
        }
        else
        {
            var error = Assert.Single(errors);
            Assert.True(error!["__typename"]!.GetValue<string>() == "NotAuthorizedError", $"{who} {name}: {response.Text}");
            Assert.Equal(who.Role is null ? AccessDecision.NotAuthenticated : AccessDecision.NotAuthorized, error["code"]!.GetValue<string>());
            Assert.Null(entity);
            if (target is { } untouched)
                Assert.Equal(untouched.Version, await StoredVersionAsync(name, untouched.Id));
        }
    }

    /// <summary>Marks the contact persons this test names, so each row can start without the ones named before it.</summary>
    private const string Responsibility = "Kontaktperson (adgangsmatrix)";

    /// <summary>
    /// A citizen is enrolled in a project once, and an employee is their contact person once in a period: each row starts
    /// without the enrolments and contact persons earlier rows made, so an allowed write is not a conflict with the last
    /// row's. None of these is seeded for Lars; the rows of one class run one at a time.
    /// </summary>
    private async Task ForgetEarlierRowsAsync(string mutation)
    {
        if (mutation is "enrollInProject" or "advanceKlapJob")
            await host.InAsync<EmploymentContext, int>(async db =>
            {
                var made = db.Enrollments.Where(e => e.CitizenId == Lars && (e.ProjectCode == "STAFF" || e.ProjectCode == "KLAPJOB")).Select(e => e.Id);
                await db.EnrollmentSteps.Where(s => made.Contains(s.EnrollmentId)).ExecuteDeleteAsync();
                return await db.Enrollments.Where(e => e.CitizenId == Lars && (e.ProjectCode == "STAFF" || e.ProjectCode == "KLAPJOB")).ExecuteDeleteAsync();
            });
        if (mutation is "assignContactPerson" or "endContactPerson")
            await host.InAsync<RegistryContext, int>(db => db.ContactAssignments.Where(a => a.CitizenId == Lars && a.Responsibility == Responsibility).ExecuteDeleteAsync());
    }

    /// <summary>The record a change or an end acts on, as read back by whoever made it; null for a create.</summary>
    private sealed record Target(string Id, int Version);

    private async Task<Target?> TargetAsync(string mutation, string? department)
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker);
        switch (mutation)
        {
            case "changeJobGoal" or "endJobGoal":
                return await CreateAsync(bif, "addJobGoal");
            case "changeJobActivity" or "endJobActivity":
                return await CreateAsync(bif, "addJobActivity");
            case "extendPlacement" or "endPlacement":
                return await CreateAsync(bif, "registerPlacement");
            case "advanceKlapJob":
                return await CreateAsync(bif, "enrollInProject", new { citizenId = Lars, projectCode = "KLAPJOB", referredBy = "SOF-JOBSHOP", enrolledOn = "2026-12-01", idempotencyKey = Key() });
            case "changeSocialGoal" or "endSocialGoal":
                return await CreateAsync(sof, "addSocialGoal");
            case "endSocialService":
                return await CreateAsync(sof, "grantSocialService");
            case "endContactPerson":
                // The asker's own department's contact person where that department works with Lars, BIF's otherwise.
                var own = department is Departments.Employment or Departments.Social ? department : Departments.Employment;
                return await CreateAsync(host.GraphQLAs(own, Role.Caseworker), "assignContactPerson", new { citizenId = Lars, employeeId = await host.EmployeeIdAsync(own), responsibility = Responsibility, idempotencyKey = Key() });
            case "agreeHandoverPlan" or "handOverCase":
                // No mutation makes a transition plan: a fresh copy of Emil's open one, agreed already for the hand-over.
                var plan = await host.InAsync<YouthContext, TransitionPlan>(db => db.TransitionPlans.AsNoTracking().FirstAsync(p => p.CitizenId == Emil && p.AgreedOn == null && p.HandedOverOn == null));
                var copy = new TransitionPlan
                {
                    Id = Guid.NewGuid(),
                    CitizenId = Emil,
                    StartedOn = plan.StartedOn,
                    PlannedTransferOn = plan.PlannedTransferOn,
                    ReceivingDepartments = plan.ReceivingDepartments,
                    Summary = plan.Summary,
                    Status = plan.Status,
                    AgreedOn = mutation == "handOverCase" ? plan.StartedOn : null,
                    Version = 1,
                };
                await host.InAsync<YouthContext, int>(db =>
                {
                    db.TransitionPlans.Add(copy);
                    return db.SaveChangesAsync();
                });
                return new Target(GlobalId.Of(NodeTypes.TransitionPlan, copy.Id), copy.Version);
            default:
                return null;
        }
    }

    private async Task<Target> CreateAsync(GraphQLClient creator, string mutation, object? input = null)
    {
        var response = await creator.PostAsync(
            $"mutation($input: {InputTypeOf(mutation)}!) {{ {mutation}(input: $input) {{ {EntityOf(mutation)} {{ id version }} {WriteHelpers.Errors} }} }}",
            new { input = input ?? await InputAsync(mutation, null) });
        var entity = response.Payload(mutation)[EntityOf(mutation)] ?? throw new InvalidOperationException($"No {mutation}: {response.Text}");
        return new Target(entity["id"]!.GetValue<string>(), entity["version"]!.GetValue<int>());
    }

    private static string Key() => Guid.NewGuid().ToString();

    private async Task<object> InputAsync(string mutation, string? id, string? department = null) => mutation switch
    {
        "addJobGoal" => new { citizenId = Lars, text = "Mål", idempotencyKey = Key() },
        "changeJobGoal" or "changeSocialGoal" => new { id, version = 1, text = "Nyt mål" },
        "addJobActivity" => new { citizenId = Lars, text = "Kursus", provider = "AMU", from = "2026-12-01", idempotencyKey = Key() },
        "changeJobActivity" => new { id, version = 1, text = "Nyt kursus" },
        "registerPlacement" => new { citizenId = Lars, kind = "INTERNSHIP", employerId = await host.EmployerIdAsync(), hoursPerWeek = 10, from = "2026-12-01", to = "2027-02-26", idempotencyKey = Key() },
        "extendPlacement" => new { id, version = 1, to = "2027-03-26" },
        "enrollInProject" => new { citizenId = Lars, projectCode = "STAFF", referredBy = "BIF", idempotencyKey = Key() },
        "advanceKlapJob" => new { enrollmentId = id, version = 1, step = "APPLIED", on = "2026-12-01" },
        "addSocialGoal" => new { citizenId = Lars, area = "Bolig", text = "Mål", idempotencyKey = Key() },
        "grantSocialService" => new { citizenId = Lars, kind = "ACTIVITY_AND_DAY_OFFER", title = "§ 104", providerCode = "SOF-DAGTILBUD", from = "2026-12-01", idempotencyKey = Key() },
        "agreeHandoverPlan" or "handOverCase" => new { id, version = 1 },
        "assignContactPerson" => new { citizenId = Lars, employeeId = await host.EmployeeIdAsync(department ?? Departments.Employment), responsibility = Responsibility, from = "2027-02-01", idempotencyKey = Key() },
        _ => (object)new { id, version = 1 },
    };

    private static string Document(string mutation) =>
        $"mutation($input: {InputTypeOf(mutation)}!) {{ {mutation}(input: $input) {{ {EntityOf(mutation)} {{ __typename }} {WriteHelpers.Errors} }} }}";

    private static string InputTypeOf(string mutation) => mutation switch
    {
        "changeJobGoal" or "changeSocialGoal" => "ChangeJobGoalInput",
        "endJobGoal" or "endJobActivity" or "endPlacement" or "endSocialGoal" or "endSocialService" or "endContactPerson" => "EndRecordInput",
        "agreeHandoverPlan" or "handOverCase" => "HandoverStepInput",
        _ => char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input",
    };

    private static string EntityOf(string mutation) => mutation switch
    {
        "addJobGoal" or "changeJobGoal" or "endJobGoal" => "jobGoal",
        "addJobActivity" or "changeJobActivity" or "endJobActivity" => "jobActivity",
        "registerPlacement" or "extendPlacement" or "endPlacement" => "placement",
        "enrollInProject" or "advanceKlapJob" => "enrollment",
        "addSocialGoal" or "changeSocialGoal" or "endSocialGoal" => "socialGoal",
        "grantSocialService" or "endSocialService" => "socialService",
        "agreeHandoverPlan" or "handOverCase" => "transitionPlan",
        _ => "contactAssignment",
    };

    /// <summary>The record's version as its source holds it, read past the API.</summary>
    private Task<int> StoredVersionAsync(string mutation, string globalId)
    {
        Assert.True(GlobalId.TryDecode(globalId, out _, out var id));
        return mutation switch
        {
            "changeJobGoal" or "endJobGoal" => host.InAsync<EmploymentContext, int>(db => db.JobGoals.Where(e => e.Id == id).Select(e => e.Version).SingleAsync()),
            "changeJobActivity" or "endJobActivity" => host.InAsync<EmploymentContext, int>(db => db.JobActivities.Where(e => e.Id == id).Select(e => e.Version).SingleAsync()),
            "extendPlacement" or "endPlacement" => host.InAsync<EmploymentContext, int>(db => db.Placements.Where(e => e.Id == id).Select(e => e.Version).SingleAsync()),
            "advanceKlapJob" => host.InAsync<EmploymentContext, int>(db => db.Enrollments.Where(e => e.Id == id).Select(e => e.Version).SingleAsync()),
            "changeSocialGoal" or "endSocialGoal" => host.InAsync<SocialContext, int>(db => db.Goals.Where(e => e.Id == id).Select(e => e.Version).SingleAsync()),
            "endSocialService" => host.InAsync<SocialContext, int>(db => db.Services.Where(e => e.Id == id).Select(e => e.Version).SingleAsync()),
            "agreeHandoverPlan" or "handOverCase" => host.InAsync<YouthContext, int>(db => db.TransitionPlans.Where(e => e.Id == id).Select(e => e.Version).SingleAsync()),
            _ => host.InAsync<RegistryContext, int>(db => db.ContactAssignments.Where(e => e.Id == id).Select(e => e.Version).SingleAsync()),
        };
    }
}
