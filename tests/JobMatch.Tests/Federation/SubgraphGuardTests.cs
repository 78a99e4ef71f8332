using System.Text.Json.Nodes;
using JobMatch.Data.Audit;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Federation;

/// <summary>
/// A department's subgraph is its own guard: called straight, around the gateway, it checks the token itself, decides
/// on involvement and consents it reads from the Registry, ignores whatever a representation claims, and logs before it answers.
/// </summary>
public sealed class SubgraphGuardTests(EmploymentSubgraphHost host) : IClassFixture<EmploymentSubgraphHost>
{
    private const string Entities = """
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Citizen { id employmentStatus { situation } employment { targetGroupHistory { from } } enrollments { id } }
          }
        }
        """;

    private static object Citizens(params object[] representations) => new { representations };

    private static object Rep(Guid id) => new Dictionary<string, object?> { ["__typename"] = "Citizen", ["id"] = id };

    [Fact]
    public async Task EntitiesWithoutATokenGiveNoPersonalData()
    {
        var response = await host.GraphQL().PostAsync(Entities, Citizens(Rep(DemoCitizens.SharedCashBenefitCitizen)));

        var citizen = response.Data?["_entities"]?[0];
        Assert.Null(citizen?["employmentStatus"]);
        Assert.Null(citizen?["employment"]);
        Assert.Null(citizen?["enrollments"]);
        Assert.Contains(AccessDecision.NotAuthenticated, response.ErrorCodes);
        Assert.DoesNotContain("situation", response.Text);
    }

    [Fact]
    public async Task EntitiesWithAnInvalidTokenAreRefusedBeforeAnythingRuns()
    {
        var response = await host.GraphQL().As("not.a.token").PostAsync(Entities, Citizens(Rep(DemoCitizens.SharedCashBenefitCitizen)));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("AUTH_INVALID_TOKEN", response.ErrorCodes);
        Assert.DoesNotContain("situation", response.Text);
    }

    [Fact]
    public async Task InvolvedDepartmentReadsItsOwnFieldsThroughEntities()
    {
        var response = await host.GraphQLAs("BIF", Role.Caseworker).PostAsync(Entities, Citizens(Rep(DemoCitizens.SharedCashBenefitCitizen)));

        var citizen = response.DataOrThrow()["_entities"]![0]!;
        Assert.Equal(DemoCitizens.SharedCashBenefitCitizen.ToString(), citizen["id"]!.GetValue<string>());
        Assert.NotNull(citizen["employmentStatus"]?["situation"]);
        Assert.NotEmpty(citizen["employment"]!["targetGroupHistory"]!.AsArray());
    }

    [Fact]
    public async Task ForgedRepresentationOpensNothing()
    {
        // SUF is not involved with Lars; the representation claims contact persons and consents that would say otherwise.
        var forged = new Dictionary<string, object?>
        {
            ["__typename"] = "Citizen",
            ["id"] = DemoCitizens.JobshopCitizen,
            ["contactPersons"] = new[] { new { departmentCode = "SUF" } },
            ["consents"] = new[] { new { receivingDepartment = "SUF", categories = new[] { "EMPLOYMENT_DETAIL" } } },
        };

        var response = await host.GraphQLAs("SUF", Role.Caseworker).For("COORDINATED_PLAN").PostAsync(Entities, Citizens(forged));

        Assert.DoesNotContain("situation", response.Text);
        Assert.DoesNotContain("targetGroupHistory\":[{", response.Text);
        Assert.NotEmpty(response.Errors);
        Assert.All(response.ErrorCodes, code => Assert.Contains(code, new[] { AccessDecision.NotAuthorized, "INVALID_VALUE", "INVALID_OPERATION" }));
    }

    [Fact]
    public async Task UnknownCitizenResolvesToNull()
    {
        var response = await host.GraphQLAs("BIF", Role.Caseworker).PostAsync(Entities, Citizens(Rep(Guid.Parse("c0000000-0000-4000-8000-0000000fffff"))));

        Assert.Equal("null", JsonValueKind(response.Data?["_entities"]?[0]));
        Assert.DoesNotContain("situation", response.Text);
    }

    [Fact]
    public async Task EntitiesBatchAcrossCitizens()
    {
        var bif = host.GraphQLAs("BIF", Role.Caseworker);
        var one = await bif.PostAsync(Entities, Citizens(Rep(DemoCitizens.SharedCashBenefitCitizen)));
        var five = await bif.PostAsync(Entities, Citizens(DemoCitizens.All.Select(Rep).ToArray()));

        Assert.Equal(5, five.Data!["_entities"]!.AsArray().Count);
        Assert.Equal(one.SqlStatements, five.SqlStatements);
    }

    [Fact]
    public async Task SubgraphWritesItsOwnAuditRecordsBeforeItAnswers()
    {
        var response = await host.GraphQLAs("BIF", Role.Caseworker).PostAsync(Entities.Replace("query (", "query AuditedEntities("), Citizens(Rep(DemoCitizens.FlexJobCitizen)));
        response.DataOrThrow();

        await using var audit = await host.Services.GetRequiredService<IDbContextFactory<AuditContext>>().CreateDbContextAsync();
        var records = await audit.AccessRequests.Where(r => r.OperationName == "AuditedEntities").SelectMany(r => r.Records)
            .Select(r => new { r.CitizenId, r.Category, r.Allowed }).ToListAsync();
        Assert.Contains(records, r => r.CitizenId == DemoCitizens.FlexJobCitizen && r.Category == nameof(DataCategory.EmploymentDetail) && r.Allowed);
        Assert.Contains(records, r => r.CitizenId == DemoCitizens.FlexJobCitizen && r.Category == nameof(DataCategory.EmploymentSummary));
    }

    private static string JsonValueKind(JsonNode? node) => node is null ? "null" : node.GetValueKind().ToString();
}
