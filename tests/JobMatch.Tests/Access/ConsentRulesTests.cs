using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using JobMatch.Tests.Writes;

namespace JobMatch.Tests.Access;

/// <summary>A consent is the citizen's: granted by the citizen or the department whose data it shares, never by the receiving department alone.</summary>
public sealed class ConsentRulesTests(JobMatchHost host) : IClassFixture<JobMatchHost>
{
    private const string Record = WriteHelpers.RecordConsent;
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

        Assert.False(requested.Changed("recordConsent", "consent")["confirmed"]!.GetValue<bool>());
        Assert.Equal([AccessDecision.NotAuthorized], health.ErrorCodesAt("citizen.health"));
        Assert.Null(forOthers.Payload("recordConsent")["consent"]);
        Assert.Equal(["NotAuthorizedError"], forOthers.Payload("recordConsent").ErrorTypes());
        Assert.Equal([AccessDecision.NotAuthorized], forOthers.Payload("recordConsent").ErrorCodes());
    }

    [Fact]
    public async Task TheReceivingDepartmentOnlyRequestsAndTheOwnerConfirms()
    {
        var citizen = DemoCitizens.JobshopCitizen;
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN");

        var requested = (await bif.PostAsync(Record, Consent(citizen, "SOF", "BIF", "SOCIAL_DETAIL"))).Changed("recordConsent", "consent");
        Assert.False(requested["confirmed"]!.GetValue<bool>());
        Assert.Equal([AccessDecision.NotAuthorized], (await bif.PostAsync(Social, new { id = citizen })).ErrorCodesAt("citizen.social"));

        var id = requested["id"]!.GetValue<string>();
        var selfConfirmed = (await bif.PostAsync(WriteHelpers.ConfirmConsent, new { id })).Payload("confirmConsent");
        Assert.Equal(["NotAuthorizedError"], selfConfirmed.ErrorTypes());
        Assert.Null(selfConfirmed["consent"]);

        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker);
        var confirmed = await sof.PostAsync(WriteHelpers.ConfirmConsent, new { id });
        Assert.True(confirmed.Changed("confirmConsent", "consent")["confirmed"]!.GetValue<bool>());
        var twice = (await sof.PostAsync(WriteHelpers.ConfirmConsent, new { id })).Payload("confirmConsent");
        Assert.Equal(["ConsentConflictError"], twice.ErrorTypes());
        Assert.Equal(id, twice["errors"]![0]!["consentId"]!.GetValue<string>());
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
        var granted = (await own.PostAsync(Record, Consent(citizen, "BIF", "SUF", "EMPLOYMENT_DETAIL"))).Changed("recordConsent", "consent");
        Assert.True(granted["confirmed"]!.GetValue<bool>());
        var id = granted["id"]!.GetValue<string>();
        var listed = (await own.PostAsync("query($id: ID!) { citizen(id: $id) { consents { id revokedAt } } }", new { id = citizen })).DataOrThrow();
        Assert.Contains(listed["citizen"]!["consents"]!.AsArray(), c => c!["id"]!.GetValue<string>() == id);

        var withdrawn = await own.PostAsync(WriteHelpers.RevokeConsent, new { id });
        Assert.NotNull(withdrawn.Changed("revokeConsent", "consent")["revokedAt"]);
        var again = (await own.PostAsync(WriteHelpers.RevokeConsent, new { id })).Payload("revokeConsent");
        Assert.Equal(["ConsentConflictError"], again.ErrorTypes());
        // Another citizen's token cannot touch it, and an id that is no consent's is not found.
        var stranger = (await host.GraphQLAs(null, Role.Citizen, DemoCitizens.KlapJobParticipant).PostAsync(WriteHelpers.ConfirmConsent, new { id })).Payload("confirmConsent");
        Assert.Equal(["NotAuthorizedError"], stranger.ErrorTypes());
        Assert.Equal([AccessDecision.NotAuthorized], stranger.ErrorCodes());
        var unknown = (await own.PostAsync(WriteHelpers.RevokeConsent, new { id = Guid.NewGuid() })).Payload("revokeConsent");
        Assert.Equal(["NotFoundError"], unknown.ErrorTypes());
        var notAnId = (await own.PostAsync(WriteHelpers.RevokeConsent, new { id = "xyz" })).Payload("revokeConsent");
        Assert.Equal(["ValidationError"], notAnId.ErrorTypes());
        Assert.Equal(["input", "id"], notAnId["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Fact]
    public async Task AConsentIsNeverBackDatedNorDuplicated()
    {
        var citizen = DemoCitizens.StuStudent;
        var buf = host.GraphQLAs(Departments.Youth, Role.Caseworker);

        var backDated = (await buf.PostAsync(Record, Consent(citizen, "BUF", "BIF", "YOUTH_DETAIL", "YOUTH_TRANSITION", JobMatchHost.Today.AddYears(-10).ToString("yyyy-MM-dd")))).Payload("recordConsent");
        Assert.Equal(["ValidationError"], backDated.ErrorTypes());
        Assert.Equal(["input", "validFrom"], backDated["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Contains("back-dated", backDated["errors"]![0]!["message"]!.GetValue<string>());

        var freeText = (await buf.PostAsync(Record, Consent(citizen, "BUF", "BIF", "YOUTH_DETAIL", "x"))).Payload("recordConsent");
        Assert.Equal(["ValidationError"], freeText.ErrorTypes());
        Assert.Equal(["input", "purpose"], freeText["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));

        var first = await buf.PostAsync(Record, Consent(citizen, "BUF", "BIF", "YOUTH_DETAIL", "YOUTH_TRANSITION"));
        var again = (await buf.PostAsync(Record, Consent(citizen, "BUF", "BIF", "YOUTH_DETAIL", "YOUTH_TRANSITION"))).Payload("recordConsent");
        var consent = first.Changed("recordConsent", "consent");
        Assert.True(consent["confirmed"]!.GetValue<bool>());
        Assert.Equal(["ConsentConflictError"], again.ErrorTypes());
        Assert.Equal(["CONFLICT"], again.ErrorCodes());
        Assert.Equal(consent["id"]!.GetValue<string>(), again["errors"]![0]!["consentId"]!.GetValue<string>());
        Assert.Null(again["consent"]);
    }

    [Fact]
    public async Task EveryConsentChangeIsLoggedWithItsCategoriesAndPurpose()
    {
        var citizen = DemoCitizens.KlapJobParticipant;
        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker).For("COORDINATED_PLAN");
        var denied = await host.GraphQLAs(Departments.Health, Role.Caseworker).PostAsync(Record, Consent(citizen, "SOF", "SUF", "SOCIAL_DETAIL"));
        var granted = await sof.PostAsync(Record, Consent(citizen, "SOF", "BUF", "SOCIAL_DETAIL"), operationName: null);
        Assert.Equal(["NotAuthorizedError"], denied.Payload("recordConsent").ErrorTypes());
        granted.Changed("recordConsent", "consent");

        var log = (await host.GraphQLAs(null, Role.Auditor).PostAsync(
            "query($id: ID) { accessLog(citizenId: $id, first: 100) { edges { node { department category operation allowed purpose } } } }", new { id = citizen })).DataOrThrow();
        var writes = log["accessLog"]!["edges"]!.AsArray().Select(e => e!["node"]!).Where(n => n["operation"]!.GetValue<string>() == "Write").ToList();
        Assert.Contains(writes, n => n["department"]!.GetValue<string>() == "SOF" && n["category"]!.GetValue<string>() == "SocialDetail" && n["allowed"]!.GetValue<bool>() && n["purpose"]?.GetValue<string>() == "COORDINATED_PLAN");
        Assert.Contains(writes, n => n["department"]!.GetValue<string>() == "SUF" && n["category"]!.GetValue<string>() == "SocialDetail" && !n["allowed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AConsentWhileTheRegistryIsDownIsASourceUnavailableErrorAndNothingIsRecorded()
    {
        var citizen = DemoCitizens.FlexJobCitizen;
        var suf = host.GraphQLAs(Departments.Health, Role.Caseworker);
        var file = Path.Combine(host.DataDirectory, "registry.db");
        GraphQLResponse during;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(file, file + ".away");
        try
        {
            during = await suf.PostAsync(Record, Consent(citizen, "SUF", "SOF", "HEALTH_DETAIL"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Move(file + ".away", file, overwrite: true);
        }

        Assert.Equal(System.Net.HttpStatusCode.OK, during.Status);
        var payload = during.Payload("recordConsent");
        Assert.Equal(["SourceUnavailableError"], payload.ErrorTypes());
        Assert.Equal("Registry", payload["errors"]![0]!["source"]!.GetValue<string>());
        Assert.Null(payload["consent"]);
        // Once it is back, the same consent is recorded once: nothing of the first attempt was kept.
        Assert.True((await suf.PostAsync(Record, Consent(citizen, "SUF", "SOF", "HEALTH_DETAIL"))).Changed("recordConsent", "consent")["confirmed"]!.GetValue<bool>());
    }
}
