using JobMatch.Data.Registry;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using JobMatch.Tests.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Access;

/// <summary>Another department's detail follows the citizen's consent: granted, expired, withdrawn, and the purpose.</summary>
public sealed class ConsentTests : IClassFixture<JobMatchHost>
{
    private const string JobPlan = "query JobPlan($id: ID!) { citizen(id: $id) { employmentStatus { employed placementKind } employment { goals { text } placements { kind } } } }";
    private readonly JobMatchHost host;

    public ConsentTests(JobMatchHost host) => this.host = host;

    [Fact]
    public async Task SocialServicesReadTheJobPlanOnlyUnderAConsentAndThenItIsLogged()
    {
        var citizen = DemoCitizens.JobshopCitizen;
        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker).For("COORDINATED_PLAN");

        var before = await sof.PostAsync(JobPlan, new { id = citizen });
        Assert.NotNull(before.Data!["citizen"]!["employmentStatus"]);
        Assert.Null(before.Data["citizen"]!["employment"]);
        Assert.Equal([AccessDecision.NotAuthorized], before.ErrorCodesAt("citizen.employment"));

        // BIF, whose data it is, grants it.
        var consentId = await RecordConsentAsync(host.GraphQLAs(Departments.Employment, Role.Caseworker), citizen, null, null);
        var after = await sof.PostAsync(JobPlan, new { id = citizen }, operationName: "JobPlan");
        Assert.Empty(after.Errors);
        Assert.NotEmpty(after.Data!["citizen"]!["employment"]!["placements"]!.AsArray());

        var log = await host.GraphQLAs(null, Role.Auditor).PostAsync(
            "query($id: ID) { accessLog(citizenId: $id, first: 50) { edges { node { department category allowed purpose operationName } } } }", new { id = citizen });
        Assert.Contains(log.DataOrThrow()["accessLog"]!["edges"]!.AsArray(), e =>
            e!["node"]!["department"]!.GetValue<string>() == "SOF" && e["node"]!["category"]!.GetValue<string>() == "EmploymentDetail"
            && e["node"]!["allowed"]!.GetValue<bool>() && e["node"]!["purpose"]!.GetValue<string>() == "COORDINATED_PLAN"
            && e["node"]!["operationName"]!.GetValue<string>() == "JobPlan");

        // SOF, the receiving department, cannot withdraw what BIF granted; BIF can.
        var bySof = (await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(WriteHelpers.RevokeConsent, new { id = consentId })).Payload("revokeConsent");
        Assert.Equal([AccessDecision.NotAuthorized], bySof.ErrorCodes());
        (await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(WriteHelpers.RevokeConsent, new { id = consentId })).Changed("revokeConsent", "consent");
        var revoked = await sof.PostAsync(JobPlan, new { id = citizen });
        Assert.Null(revoked.Data!["citizen"]!["employment"]);
        Assert.Equal([AccessDecision.NotAuthorized], revoked.ErrorCodesAt("citizen.employment"));
    }

    [Fact]
    public async Task AConsentNeedsAPurposeWithEachRequest()
    {
        var citizen = DemoCitizens.SharedCashBenefitCitizen;
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);

        var withoutPurpose = await bif.PostAsync("query($id: ID!) { citizen(id: $id) { social { services { kind } } } }", new { id = citizen });
        var withPurpose = await bif.For("COORDINATED_PLAN").PostAsync("query($id: ID!) { citizen(id: $id) { social { services { kind } } } }", new { id = citizen });

        Assert.Equal([AccessDecision.PurposeRequired], withoutPurpose.ErrorCodesAt("citizen.social"));
        Assert.NotNull(withPurpose.DataOrThrow()["citizen"]!["social"]);
    }

    [Fact]
    public async Task AnExpiredConsentCoversNothing()
    {
        var citizen = DemoCitizens.StuStudent;
        var yesterday = JobMatchHost.Today.AddDays(-1);
        // Consents are never back-dated through the API, so the expired one is written as last year's record would be.
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync())
        {
            db.Consents.Add(new Consent
            {
                Id = Guid.NewGuid(),
                CitizenId = citizen,
                SharingDepartment = "BIF",
                ReceivingDepartment = "BUF",
                Categories = "EmploymentDetail",
                Purpose = "YOUTH_TRANSITION",
                LegalBasis = "Samtykke",
                ValidFrom = yesterday.AddDays(-30),
                ValidTo = yesterday,
                RecordedAt = DateTime.UtcNow,
                ConfirmedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var response = await host.GraphQLAs(Departments.Youth, Role.Caseworker).For("YOUTH_TRANSITION").PostAsync(JobPlan, new { id = citizen });

        Assert.Equal([AccessDecision.NotAuthorized], response.ErrorCodesAt("citizen.employment"));
    }

    [Fact]
    public async Task EmploymentReadingHealthIsDeniedAndEverythingElseStillArrives()
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(
            "query($id: ID!) { citizen(id: $id) { name employment { goals { text } } health { episodes { title } } } }", new { id = DemoCitizens.JobshopCitizen });

        Assert.Null(response.Data!["citizen"]!["health"]);
        Assert.Equal([AccessDecision.NotAuthorized], response.ErrorCodesAt("citizen.health"));
        Assert.NotNull(response.Data["citizen"]!["name"]);
        Assert.NotNull(response.Data["citizen"]!["employment"]);
        Assert.Single(response.Errors);
    }

    [Fact]
    public async Task ABadConsentIsRefusedWithWhatToFix()
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(
            WriteHelpers.RecordConsent,
            new { c = new { citizenId = DemoCitizens.JobshopCitizen, sharingDepartment = "BIF", receivingDepartment = "BIF", categories = new[] { "HEALTH_DETAIL" }, purpose = "x", legalBasis = "y", validFrom = "2026-01-01" } });

        // Each wrong value is its own error, at its field, and nothing is recorded.
        var payload = response.Payload("recordConsent");
        Assert.Null(payload["consent"]);
        Assert.Equal(["ValidationError", "ValidationError", "ValidationError", "ValidationError"], payload.ErrorTypes());
        var errors = payload["errors"]!.AsArray().ToDictionary(e => string.Join(".", e!["path"]!.AsArray().Select(p => p!.GetValue<string>())), e => e!["message"]!.GetValue<string>());
        Assert.Equal(["input.receivingDepartment", "input.categories", "input.purpose", "input.validFrom"], errors.Keys);
        Assert.Contains("needs no consent to read its own data", errors["input.receivingDepartment"]);
        Assert.Contains("HealthDetail is not", errors["input.categories"]);
    }

    private static async Task<string> RecordConsentAsync(GraphQLClient client, Guid citizen, DateOnly? from, DateOnly? to, string receiving = "SOF")
    {
        var response = await client.PostAsync(WriteHelpers.RecordConsent, new
        {
            c = new
            {
                citizenId = citizen,
                sharingDepartment = "BIF",
                receivingDepartment = receiving,
                categories = new[] { "EMPLOYMENT_DETAIL" },
                purpose = "COORDINATED_PLAN",
                validFrom = from?.ToString("yyyy-MM-dd"),
                validTo = to?.ToString("yyyy-MM-dd"),
            },
        });
        return response.Changed("recordConsent", "consent")["id"]!.GetValue<string>();
    }
}
