using System.Text.Json.Nodes;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Graph.Nodes;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Writes;

/// <summary>"This SOF goal supports that BIF goal": written by the supporting side, shown on both sides' plans, and only as "a goal in SOF" where SOF is hidden.</summary>
public abstract class GoalLinkTestBase(JobMatchHost host)
{
    protected JobMatchHost Host => host;

    protected static readonly Guid Lars = DemoCitizens.JobshopCitizen;

    protected const string AddJobGoal = "mutation($input: AddJobGoalInput!) { addJobGoal(input: $input) { jobGoal { id } " + WriteHelpers.DateErrors + " } }";
    protected const string AddSocialGoal = "mutation($input: AddSocialGoalInput!) { addSocialGoal(input: $input) { socialGoal { id } " + WriteHelpers.DateErrors + " } }";
    protected const string LinkSocial = "mutation($input: LinkGoalInput!) { linkSocialGoal(input: $input) { goalLink { id department goalId supportsDepartment supportsGoalId version } " + WriteHelpers.Errors + " } }";
    protected const string LinkJob = "mutation($input: LinkGoalInput!) { linkJobGoal(input: $input) { goalLink { id } " + WriteHelpers.Errors + " } }";
    protected const string Plan = "query($id: ID!) { citizen(id: $id) { combinedPlan { entries { id kind department links { direction department visible goalId description } } } } }";

    protected async Task<(string Bif, string Sof)> TwoGoalsAsync(string text)
    {
        var bif = (await Host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(AddJobGoal, new { input = new { citizenId = Lars, text } })).Payload("addJobGoal");
        var sof = (await Host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(AddSocialGoal, new { input = new { citizenId = Lars, area = "Beskæftigelse", text } })).Payload("addSocialGoal");
        return (bif["jobGoal"]!["id"]!.GetValue<string>(), sof["socialGoal"]!["id"]!.GetValue<string>());
    }

    protected static JsonArray LinksOn(JsonNode plan, string entryId) =>
        plan["citizen"]!["combinedPlan"]!["entries"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == entryId)!["links"]!.AsArray();
}

/// <summary>A link on both sides' plans; each class has its own host, because a consent one test records opens what another expects closed.</summary>
public sealed class GoalLinkTests(JobMatchHost host) : GoalLinkTestBase(host), IClassFixture<JobMatchHost>
{
    [Fact]
    public async Task ASofGoalSupportsABifGoalOnBothPlansAndTheHiddenSideIsNamedOnlyByItsDepartment()
    {
        var (bifGoal, sofGoal) = await TwoGoalsAsync("Fastholde fleksjobbet");
        var bif = Host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN");
        var sof = Host.GraphQLAs(Departments.Social, Role.Caseworker).For("COORDINATED_PLAN");
        var input = new { citizenId = Lars, goalId = sofGoal, supportsGoalId = bifGoal, idempotencyKey = "link-lars-1" };

        // Without Lars's consent SOF cannot read BIF's goal, so it cannot link to it.
        var blind = (await sof.PostAsync(LinkSocial, new { input })).Payload("linkSocialGoal");
        Assert.Equal(["NotAuthorizedError"], blind.ErrorTypes());

        var consent = await bif.PostAsync(WriteHelpers.RecordConsent, new
        {
            c = new { citizenId = Lars, sharingDepartment = "BIF", receivingDepartment = "SOF", categories = new[] { "EMPLOYMENT_DETAIL" }, purpose = "COORDINATED_PLAN" },
        });
        consent.Changed("recordConsent", "consent");
        var linked = (await sof.PostAsync(LinkSocial, new { input })).Payload("linkSocialGoal");
        var retried = (await sof.PostAsync(LinkSocial, new { input })).Payload("linkSocialGoal");

        Assert.Empty(linked["errors"]!.AsArray());
        Assert.Equal("SOF", linked["goalLink"]!["department"]!.GetValue<string>());
        Assert.Equal(sofGoal, linked["goalLink"]!["goalId"]!.GetValue<string>());
        Assert.Equal("BIF", linked["goalLink"]!["supportsDepartment"]!.GetValue<string>());
        Assert.Equal(bifGoal, linked["goalLink"]!["supportsGoalId"]!.GetValue<string>());
        Assert.Equal(linked["goalLink"]!["id"]!.GetValue<string>(), retried["goalLink"]!["id"]!.GetValue<string>());

        // BIF may not read SOF's plan: its goal says it is supported by a goal in SOF, and not which.
        var onBif = Assert.Single(LinksOn((await bif.PostAsync(Plan, new { id = Lars })).DataOrThrow(), bifGoal));
        Assert.Equal("SUPPORTED_BY", onBif!["direction"]!.GetValue<string>());
        Assert.Equal("SOF", onBif["department"]!.GetValue<string>());
        Assert.False(onBif["visible"]!.GetValue<bool>());
        Assert.Null(onBif["goalId"]);
        Assert.Equal("Understøttes af et mål i SOF", onBif["description"]!.GetValue<string>());

        // SOF sees both goals under the consent, and the link from each side.
        var sofPlan = (await sof.PostAsync(Plan, new { id = Lars })).DataOrThrow();
        var fromSof = Assert.Single(LinksOn(sofPlan, sofGoal));
        Assert.Equal("SUPPORTS", fromSof!["direction"]!.GetValue<string>());
        Assert.Equal(bifGoal, fromSof["goalId"]!.GetValue<string>());
        Assert.Equal("Understøtter et mål i BIF", fromSof["description"]!.GetValue<string>());
        var toBif = Assert.Single(LinksOn(sofPlan, bifGoal));
        Assert.Equal("SUPPORTED_BY", toBif!["direction"]!.GetValue<string>());
        Assert.Equal(sofGoal, toBif["goalId"]!.GetValue<string>());
        Assert.True(toBif["visible"]!.GetValue<bool>());
    }
}

/// <summary>What a link may name, and who writes it.</summary>
public sealed class GoalLinkInputTests(JobMatchHost host) : GoalLinkTestBase(host), IClassFixture<JobMatchHost>
{
    [Fact]
    public async Task ALinkNamesGoalsOfTheRightKindsThatExistAndIsWrittenOnlyByTheSupportingDepartment()
    {
        var (bifGoal, sofGoal) = await TwoGoalsAsync("Afklaring af arbejdsevne");
        var sof = Host.GraphQLAs(Departments.Social, Role.Caseworker).For("COORDINATED_PLAN");
        var unknownBifGoal = GlobalId.Of(NodeTypes.JobGoal, Guid.NewGuid());

        var swapped = (await sof.PostAsync(LinkSocial, new { input = new { citizenId = Lars, goalId = bifGoal, supportsGoalId = sofGoal } })).Payload("linkSocialGoal");
        var byBif = (await Host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(LinkSocial, new { input = new { citizenId = Lars, goalId = sofGoal, supportsGoalId = bifGoal } })).Payload("linkSocialGoal");
        var bySuf = (await Host.GraphQLAs(Departments.Health, Role.Caseworker).PostAsync(LinkJob, new { input = new { citizenId = Lars, goalId = bifGoal, supportsGoalId = sofGoal } })).Payload("linkJobGoal");
        var bifBlind = (await Host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN").PostAsync(LinkJob, new { input = new { citizenId = Lars, goalId = bifGoal, supportsGoalId = sofGoal } })).Payload("linkJobGoal");

        Assert.Equal(["ValidationError"], swapped.ErrorTypes());
        Assert.Equal(["input", "goalId"], swapped["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(["NotAuthorizedError"], byBif.ErrorTypes());
        Assert.Equal(["NotAuthorizedError"], bySuf.ErrorTypes());
        // BIF has no consent to read SOF's plan for Lars.
        Assert.Equal(["NotAuthorizedError"], bifBlind.ErrorTypes());
        Assert.Null(bifBlind["goalLink"]);

        await Host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(WriteHelpers.RecordConsent, new
        {
            c = new { citizenId = Lars, sharingDepartment = "BIF", receivingDepartment = "SOF", categories = new[] { "EMPLOYMENT_DETAIL" }, purpose = "COORDINATED_PLAN" },
        });
        var unknown = (await sof.PostAsync(LinkSocial, new { input = new { citizenId = Lars, goalId = sofGoal, supportsGoalId = unknownBifGoal } })).Payload("linkSocialGoal");
        Assert.Equal(["NotFoundError"], unknown.ErrorTypes());
    }
}

/// <summary>Who may link SOF's goals.</summary>
public sealed class GoalLinkWriterTests(JobMatchHost host) : GoalLinkTestBase(host), IClassFixture<JobMatchHost>
{
    /// <summary>Who may link a SOF goal to a BIF goal that SOF may read under Lars's consent: SOF's caseworkers and consultants, nobody else.</summary>
    [Theory]
    [InlineData("SOF", Role.Caseworker, true)]
    [InlineData("SOF", Role.Consultant, true)]
    [InlineData("SOF", Role.Analyst, false)]
    [InlineData("SOF", Role.Administrator, false)]
    [InlineData(null, Role.Auditor, false)]
    [InlineData("BIF", Role.Caseworker, false)]
    [InlineData("BIF", Role.Consultant, false)]
    [InlineData("SUF", Role.Caseworker, false)]
    [InlineData("BUF", Role.Consultant, false)]
    [InlineData(null, Role.Citizen, false)]
    public async Task OnlySofsCaseworkersAndConsultantsLinkSofsGoals(string? department, Role role, bool allowed)
    {
        var (bifGoal, sofGoal) = await TwoGoalsAsync($"Mål for {department} {role}");
        await Host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(WriteHelpers.RecordConsent, new
        {
            c = new { citizenId = Lars, sharingDepartment = "BIF", receivingDepartment = "SOF", categories = new[] { "EMPLOYMENT_DETAIL" }, purpose = "COORDINATED_PLAN" },
        });
        var asker = Host.GraphQLAs(department, role, role == Role.Citizen ? Lars : null).For("COORDINATED_PLAN");

        var payload = (await asker.PostAsync(LinkSocial, new { input = new { citizenId = Lars, goalId = sofGoal, supportsGoalId = bifGoal } })).Payload("linkSocialGoal");

        if (allowed)
        {
            Assert.Empty(payload["errors"]!.AsArray());
            Assert.Equal(bifGoal, payload["goalLink"]!["supportsGoalId"]!.GetValue<string>());
        }
        else
        {
            Assert.Equal(["NotAuthorizedError"], payload.ErrorTypes());
            Assert.Null(payload["goalLink"]);
        }
    }
}
