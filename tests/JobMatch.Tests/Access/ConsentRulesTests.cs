using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Access;

/// <summary>A consent is the citizen's: granted by the citizen or the department whose data it shares, never by the receiving department alone.</summary>
public sealed class ConsentRulesTests(JobMatchHost host) : IClassFixture<JobMatchHost>
{
    private const string Record = "mutation($c: RecordConsentInput!) { recordConsent(input: $c) { id confirmed confirmedAt purpose } }";
    private const string Health = "query($id: ID!) { citizen(id: $id) { health { episodes { kind } } } }";
    private const string Social = "query($id: ID!) { citizen(id: $id) { social { services { kind } } } }";

    private static object Consent(Guid citizen, string sharing, string receiving, string category, string purpose = "COORDINATED_PLAN", string? validFrom = null) =>
        new { c = new { citizenId = citizen, sharingDepartment = sharing, receivingDepartment = receiving, categories = new[] { category }, purpose, validFrom } };

    [Fact]
    public async Task ACaseworkerCannotGrantTheirOwnDepartmentAnotherDepartmentsData()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN");
        // Lars has no case in SUF: BIF names SUF as sharing, for itself. That is only a request, which covers nothing.
        var requested = await bif.PostAsync(Record, Consent(DemoCitizens.JobshopCitizen, "SUF", "BIF", "HEALTH_DETAIL"));
        var health = await bif.PostAsync(Health, new { id = DemoCitizens.JobshopCitizen });
        // Nor can BIF record one between two other departments.
        var forOthers = await bif.PostAsync(Record, Consent(DemoCitizens.JobshopCitizen, "SOF", "SUF", "SOCIAL_DETAIL"));

        Assert.False(requested.DataOrThrow()["recordConsent"]!["confirmed"]!.GetValue<bool>());
        Assert.Equal([AccessDecision.NotAuthorized], health.ErrorCodesAt("citizen.health"));
        Assert.Null(forOthers.Data!["recordConsent"]);
        Assert.Equal([AccessDecision.NotAuthorized], forOthers.ErrorCodes);
    }

    [Fact]
    public async Task TheReceivingDepartmentOnlyRequestsAndTheOwnerConfirms()
    {
        var citizen = DemoCitizens.JobshopCitizen;
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN");

        var requested = (await bif.PostAsync(Record, Consent(citizen, "SOF", "BIF", "SOCIAL_DETAIL"))).DataOrThrow()["recordConsent"]!;
        Assert.False(requested["confirmed"]!.GetValue<bool>());
        Assert.Equal([AccessDecision.NotAuthorized], (await bif.PostAsync(Social, new { id = citizen })).ErrorCodesAt("citizen.social"));

        var id = requested["id"]!.GetValue<string>();
        var selfConfirmed = await bif.PostAsync("mutation($id: ID!) { confirmConsent(id: $id) { confirmed } }", new { id });
        Assert.Equal([AccessDecision.NotAuthorized], selfConfirmed.ErrorCodes);

        var confirmed = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync("mutation($id: ID!) { confirmConsent(id: $id) { confirmed } }", new { id });
        Assert.True(confirmed.DataOrThrow()["confirmConsent"]!["confirmed"]!.GetValue<bool>());
        Assert.NotNull((await bif.PostAsync(Social, new { id = citizen })).DataOrThrow()["citizen"]!["social"]);

        // Under the consent, BIF reads SOF's data only with the consent's purpose.
        var otherPurpose = await host.GraphQLAs(Departments.Employment, Role.Caseworker).For("JOB_RETENTION").PostAsync(Social, new { id = citizen });
        Assert.Equal([AccessDecision.PurposeRequired], otherPurpose.ErrorCodesAt("citizen.social"));
    }

    [Fact]
    public async Task TheCitizenGrantsListsAndWithdrawsTheirOwnConsent()
    {
        var citizen = DemoCitizens.FlexJobCitizen;
        var own = host.GraphQLAs(null, Role.Citizen, citizen);
        // Henrik's SUF already has a consent from him; this one lets SUF see his job plan.
        var granted = (await own.PostAsync(Record, Consent(citizen, "BIF", "SUF", "EMPLOYMENT_DETAIL"))).DataOrThrow()["recordConsent"]!;
        Assert.True(granted["confirmed"]!.GetValue<bool>());
        var id = granted["id"]!.GetValue<string>();
        var listed = (await own.PostAsync("query($id: ID!) { citizen(id: $id) { consents { id revokedAt } } }", new { id = citizen })).DataOrThrow();
        Assert.Contains(listed["citizen"]!["consents"]!.AsArray(), c => c!["id"]!.GetValue<string>() == id);

        var withdrawn = await own.PostAsync("mutation($id: ID!) { revokeConsent(id: $id) { revokedAt } }", new { id });
        Assert.NotNull(withdrawn.DataOrThrow()["revokeConsent"]!["revokedAt"]);
        // Another citizen's token cannot touch it.
        var stranger = await host.GraphQLAs(null, Role.Citizen, DemoCitizens.KlapJobParticipant).PostAsync("mutation($id: ID!) { confirmConsent(id: $id) { confirmed } }", new { id });
        Assert.Equal([AccessDecision.NotAuthorized], stranger.ErrorCodes);
    }

    [Fact]
    public async Task AConsentIsNeverBackDatedNorDuplicated()
    {
        var citizen = DemoCitizens.StuStudent;
        var buf = host.GraphQLAs(Departments.Youth, Role.Caseworker);

        var backDated = await buf.PostAsync(Record, Consent(citizen, "BUF", "BIF", "YOUTH_DETAIL", "YOUTH_TRANSITION", JobMatchHost.Today.AddYears(-10).ToString("yyyy-MM-dd")));
        Assert.Equal(["BAD_USER_INPUT"], backDated.ErrorCodes);
        Assert.Contains("back-dated", backDated.Errors[0]!["message"]!.GetValue<string>());

        var freeText = await buf.PostAsync(Record, Consent(citizen, "BUF", "BIF", "YOUTH_DETAIL", "x"));
        Assert.Equal(["BAD_USER_INPUT"], freeText.ErrorCodes);

        var first = await buf.PostAsync(Record, Consent(citizen, "BUF", "BIF", "YOUTH_DETAIL", "YOUTH_TRANSITION"));
        var again = await buf.PostAsync(Record, Consent(citizen, "BUF", "BIF", "YOUTH_DETAIL", "YOUTH_TRANSITION"));
        Assert.True(first.DataOrThrow()["recordConsent"]!["confirmed"]!.GetValue<bool>());
        Assert.Equal(["CONFLICT"], again.ErrorCodes);
    }

    [Fact]
    public async Task EveryConsentChangeIsLoggedWithItsCategoriesAndPurpose()
    {
        var citizen = DemoCitizens.KlapJobParticipant;
        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker).For("COORDINATED_PLAN");
        var denied = await host.GraphQLAs(Departments.Health, Role.Caseworker).PostAsync(Record, Consent(citizen, "SOF", "SUF", "SOCIAL_DETAIL"));
        var granted = await sof.PostAsync(Record, Consent(citizen, "SOF", "BUF", "SOCIAL_DETAIL"), operationName: null);
        Assert.Equal([AccessDecision.NotAuthorized], denied.ErrorCodes);
        granted.DataOrThrow();

        var log = (await host.GraphQLAs(null, Role.Auditor).PostAsync(
            "query($id: ID) { accessLog(citizenId: $id, first: 100) { edges { node { department category operation allowed purpose } } } }", new { id = citizen })).DataOrThrow();
        var writes = log["accessLog"]!["edges"]!.AsArray().Select(e => e!["node"]!).Where(n => n["operation"]!.GetValue<string>() == "Write").ToList();
        Assert.Contains(writes, n => n["department"]!.GetValue<string>() == "SOF" && n["category"]!.GetValue<string>() == "SocialDetail" && n["allowed"]!.GetValue<bool>() && n["purpose"]?.GetValue<string>() == "COORDINATED_PLAN");
        Assert.Contains(writes, n => n["department"]!.GetValue<string>() == "SUF" && n["category"]!.GetValue<string>() == "SocialDetail" && !n["allowed"]!.GetValue<bool>());
    }
}
