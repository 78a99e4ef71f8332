using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Graph.Federation;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Federation;

public sealed class RegistrySubgraphHost() : SubgraphHost(Subgraph.Registry);

/// <summary>The Registry's citizen entity, asked for straight: a representation names a citizen, and opens nothing.</summary>
public sealed class RegistrySubgraphGuardTests(RegistrySubgraphHost host) : IClassFixture<RegistrySubgraphHost>
{
    private const string Entities = """
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) { ... on Citizen { id name cpr address contactPersons { department { code } } } }
        }
        """;

    [Fact]
    public async Task CitizenOutsideTheCaseloadGivesNoIdentityThroughEntities()
    {
        // SUF is not involved with Lars; a representation that claims a name and a CPR number changes nothing.
        var forged = new Dictionary<string, object?> { ["__typename"] = "Citizen", ["id"] = DemoCitizens.JobshopCitizen, ["name"] = "x", ["cpr"] = DemoCitizens.JobshopCitizenCpr };

        var response = await host.GraphQLAs("SUF", Role.Caseworker).PostAsync(Entities, new { representations = new[] { forged } });

        Assert.DoesNotContain(DemoCitizens.JobshopCitizenCpr, response.Text);
        Assert.DoesNotContain("Lars", response.Text);
        Assert.NotEmpty(response.Errors);
        Assert.All(response.ErrorCodes, code => Assert.Contains(code, new[] { AccessDecision.NotAuthorized, "INVALID_VALUE", "INVALID_OPERATION" }));
    }

    [Fact]
    public async Task InvolvedDepartmentReadsIdentityThroughEntities()
    {
        var response = await host.GraphQLAs("BIF", Role.Caseworker).PostAsync(Entities,
            new { representations = new[] { new Dictionary<string, object?> { ["__typename"] = "Citizen", ["id"] = DemoCitizens.JobshopCitizen } } });

        Assert.StartsWith("Lars", response.DataOrThrow()["_entities"]![0]!["name"]!.GetValue<string>());
    }
}
