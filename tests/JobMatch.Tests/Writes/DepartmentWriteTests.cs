using JobMatch.Data.Seeding;
using JobMatch.Data.Youth;
using JobMatch.Graph.Access;
using JobMatch.Graph.Nodes;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Tests.Writes;

/// <summary>SOF's action plan and services, BUF's handover plan and each department's own contact persons, through the same door.</summary>
public sealed class DepartmentWriteTests(JobMatchHost host) : IClassFixture<JobMatchHost>
{
    private const string AddSocialGoal = "mutation($input: AddSocialGoalInput!) { addSocialGoal(input: $input) { socialGoal { id area text version } " + WriteHelpers.DateErrors + " } }";
    private const string Grant = "mutation($input: GrantSocialServiceInput!) { grantSocialService(input: $input) { socialService { id kind version } " + WriteHelpers.DateErrors + " } }";
    private const string Assign = "mutation($input: AssignContactPersonInput!) { assignContactPerson(input: $input) { contactAssignment { id departmentCode version } " + WriteHelpers.Errors + " } }";
    private const string End = "mutation($input: EndRecordInput!) { endContactPerson(input: $input) { contactAssignment { id to version } " + WriteHelpers.DateErrors + " } }";
    private const string Agree = "mutation($input: HandoverStepInput!) { agreeHandoverPlan(input: $input) { transitionPlan { id version } " + WriteHelpers.Errors + " } }";
    private const string HandOver = "mutation($input: HandoverStepInput!) { handOverCase(input: $input) { transitionPlan { id version } " + WriteHelpers.Errors + " } }";

    [Fact]
    public async Task SofAddsToItsActionPlanAndGrantsServicesFromItsOwnUnitsOnly()
    {
        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker);
        var lars = DemoCitizens.JobshopCitizen;

        var goal = (await sof.PostAsync(AddSocialGoal, new { input = new { citizenId = lars, area = "Beskæftigelse", text = "Fastholde skånejobbet" } })).Payload("addSocialGoal");
        var granted = (await sof.PostAsync(Grant, new { input = new { citizenId = lars, kind = "SUPPORT_IN_OWN_HOME", title = "Bostøtte 3 timer/uge", providerCode = "SOF-BOSTOETTE", from = "2026-12-07", hoursPerWeek = 3 } })).Payload("grantSocialService");
        var notSofs = (await sof.PostAsync(Grant, new { input = new { citizenId = lars, kind = "SHELTERED_EMPLOYMENT", title = "§ 103", providerCode = "JC-AMC", from = "2026-12-07" } })).Payload("grantSocialService");
        var byBif = (await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(AddSocialGoal, new { input = new { citizenId = lars, area = "Bolig", text = "BIF's idea" } })).Payload("addSocialGoal");

        Assert.Empty(goal["errors"]!.AsArray());
        Assert.Equal(1, goal["socialGoal"]!["version"]!.GetValue<int>());
        Assert.Empty(granted["errors"]!.AsArray());
        Assert.Equal("SUPPORT_IN_OWN_HOME", granted["socialService"]!["kind"]!.GetValue<string>());
        Assert.Equal(["input", "providerCode"], notSofs["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(["NotAuthorizedError"], byBif.ErrorTypes());
    }

    [Fact]
    public async Task ADepartmentNamedAsReceivingNamesItsFirstContactPersonAndOthersCannot()
    {
        var emil = DemoCitizens.StuStudent;
        var bifEmployee = await host.EmployeeIdAsync(Departments.Employment);
        var sufEmployee = await host.EmployeeIdAsync(Departments.Health);
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);

        var suf = (await host.GraphQLAs(Departments.Health, Role.Caseworker).PostAsync(Assign, new { input = new { citizenId = emil, employeeId = sufEmployee, responsibility = "Sundhedskonsulent" } })).Payload("assignContactPerson");
        var consultant = (await host.GraphQLAs(Departments.Employment, Role.Consultant).PostAsync(Assign, new { input = new { citizenId = emil, employeeId = bifEmployee, responsibility = "Jobkonsulent" } })).Payload("assignContactPerson");
        var foreign = (await bif.PostAsync(Assign, new { input = new { citizenId = emil, employeeId = sufEmployee, responsibility = "Jobkonsulent" } })).Payload("assignContactPerson");
        var named = (await bif.PostAsync(Assign, new { input = new { citizenId = emil, employeeId = bifEmployee, responsibility = "Jobkonsulent" } })).Payload("assignContactPerson");

        Assert.Equal(["NotAuthorizedError"], suf.ErrorTypes());
        Assert.Equal(["NotAuthorizedError"], consultant.ErrorTypes());
        Assert.Equal(["input", "employeeId"], foreign["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Empty(named["errors"]!.AsArray());
        Assert.Equal("BIF", named["contactAssignment"]!["departmentCode"]!.GetValue<string>());
        // Now BIF is involved: Emil is in its caseload.
        var read = await bif.PostAsync("query($id: ID!) { citizen(id: $id) { name } }", new { id = emil });
        Assert.NotNull(read.DataOrThrow()["citizen"]!["name"]);

        var id = named["contactAssignment"]!["id"]!.GetValue<string>();
        var bySof = (await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(End, new { input = new { id, version = 1 } })).Payload("endContactPerson");
        Assert.Equal(["NotAuthorizedError"], bySof.ErrorTypes());
        var ended = (await bif.PostAsync(End, new { input = new { id, version = 1, endedOn = "2026-12-01" } })).Payload("endContactPerson");
        Assert.Empty(ended["errors"]!.AsArray());
        Assert.Equal("2026-12-01", ended["contactAssignment"]!["to"]!.GetValue<string>());
    }

    [Fact]
    public async Task BufAgreesTheHandoverPlanBeforeHandingTheCaseOver()
    {
        var plan = await host.InAsync<YouthContext, TransitionPlan>(db => db.TransitionPlans.FirstAsync(p => p.AgreedOn == null && p.HandedOverOn == null && p.CitizenId == DemoCitizens.StuStudent));
        var id = GlobalId.Of(NodeTypes.TransitionPlan, plan.Id);
        var buf = host.GraphQLAs(Departments.Youth, Role.Caseworker);

        var early = (await buf.PostAsync(HandOver, new { input = new { id, version = plan.Version } })).Payload("handOverCase");
        var byBif = (await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(Agree, new { input = new { id, version = plan.Version } })).Payload("agreeHandoverPlan");
        var agreed = (await buf.PostAsync(Agree, new { input = new { id, version = plan.Version } })).Payload("agreeHandoverPlan");
        var handed = (await buf.PostAsync(HandOver, new { input = new { id, version = plan.Version + 1 } })).Payload("handOverCase");

        Assert.Equal(["input", "id"], early["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(["NotAuthorizedError"], byBif.ErrorTypes());
        Assert.Empty(agreed["errors"]!.AsArray());
        Assert.Empty(handed["errors"]!.AsArray());
        var stored = await host.InAsync<YouthContext, TransitionPlan>(db => db.TransitionPlans.SingleAsync(p => p.Id == plan.Id));
        Assert.Equal(JobMatchHost.Today, stored.AgreedOn);
        Assert.Equal(JobMatchHost.Today, stored.HandedOverOn);
        Assert.Equal(plan.Version + 2, stored.Version);
    }
}
