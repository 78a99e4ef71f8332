using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Citizens;

/// <summary>Relay refetching: node(id:) and nodes(ids:) answer only what the access rules let the viewer read.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class NodeTests(DemoHost host)
{
    private const string PlacementsOf = "query($id: ID!) { citizen(id: $id) { employment { placements { id kind } } } }";
    private const string NodeQuery = "query($id: ID!) { node(id: $id) { __typename id ... on Placement { kind } ... on Citizen { name } } }";

    [Fact]
    public async Task ACitizensGlobalIdIsThePersonIdAndRefetchesTheCitizen()
    {
        var response = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(NodeQuery, new { id = DemoCitizens.JobshopCitizen });

        var node = response.DataOrThrow()["node"]!;
        Assert.Equal("Citizen", node["__typename"]!.GetValue<string>());
        Assert.Equal(DemoCitizens.JobshopCitizen.ToString(), node["id"]!.GetValue<string>());
        Assert.Equal("Lars Poulsen", node["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task ACitizenNodeGoesThroughTheSameGuardAsCitizen()
    {
        var analyst = host.GraphQLAs(Departments.Employment, Role.Analyst);

        var byNode = await analyst.PostAsync(NodeQuery, new { id = DemoCitizens.JobshopCitizen });
        var byField = await analyst.PostAsync("query($id: ID!) { citizen(id: $id) { name } }", new { id = DemoCitizens.JobshopCitizen });

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byNode.ErrorCodesAt("node"));
        Assert.Null(byNode.Data!["node"]);
        Assert.Equal(byField.ErrorCodesAt("citizen"), byNode.ErrorCodesAt("node"));
    }

    [Fact]
    public async Task APlacementRefetchesForItsOwnDepartmentAndNotForAnotherWithoutConsent()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var placement = (await bif.PostAsync(PlacementsOf, new { id = DemoCitizens.JobshopCitizen })).DataOrThrow()["citizen"]!["employment"]!["placements"]![0]!;
        var globalId = placement["id"]!.GetValue<string>();

        var asBif = await bif.PostAsync(NodeQuery, new { id = globalId });
        var asSof = await host.GraphQLAs(Departments.Social, Role.Caseworker).For("COORDINATED_PLAN").PostAsync(NodeQuery, new { id = globalId });

        Assert.False(Guid.TryParse(globalId, out _));
        Assert.Equal("Placement", asBif.DataOrThrow()["node"]!["__typename"]!.GetValue<string>());
        Assert.Equal(placement["kind"]!.GetValue<string>(), asBif.DataOrThrow()["node"]!["kind"]!.GetValue<string>());
        Assert.Equal(globalId, asBif.DataOrThrow()["node"]!["id"]!.GetValue<string>());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], asSof.ErrorCodesAt("node"));
        Assert.Null(asSof.Data!["node"]);
    }

    [Fact]
    public async Task AnUnknownRecordLooksTheSameAsAForbiddenOneToAViewerWithoutTheRight()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var real = (await bif.PostAsync(PlacementsOf, new { id = DemoCitizens.JobshopCitizen })).DataOrThrow()["citizen"]!["employment"]!["placements"]![0]!["id"]!.GetValue<string>();
        var made = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Placement:{Guid.NewGuid():N}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker).For("COORDINATED_PLAN");

        var forbidden = await sof.PostAsync(NodeQuery, new { id = real });
        var unknown = await sof.PostAsync(NodeQuery, new { id = made });
        var unknownToTheOwner = await bif.PostAsync(NodeQuery, new { id = made });

        Assert.Equal(forbidden.ErrorCodesAt("node"), unknown.ErrorCodesAt("node"));
        Assert.Empty(unknownToTheOwner.Errors);
        Assert.Null(unknownToTheOwner.Data!["node"]);
    }

    [Fact]
    public async Task AnotherDepartmentRefetchesARecordUnderTheCitizensConsentAndStatedPurpose()
    {
        // Sofie's consent shares BIF's EmploymentDetail with SOF.
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var globalId = (await bif.PostAsync(PlacementsOf, new { id = DemoCitizens.KlapJobParticipant })).DataOrThrow()["citizen"]!["employment"]!["placements"]![0]!["id"]!.GetValue<string>();

        var withPurpose = await host.GraphQLAs(Departments.Social, Role.Caseworker).For("JOB_RETENTION").PostAsync(NodeQuery, new { id = globalId });
        var without = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(NodeQuery, new { id = globalId });

        Assert.Equal("Placement", withPurpose.DataOrThrow()["node"]!["__typename"]!.GetValue<string>());
        Assert.Equal(["PURPOSE_REQUIRED"], without.ErrorCodesAt("node"));
    }

    [Fact]
    public async Task NodesAnswersEachIdAsNodeWould()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var placement = (await bif.PostAsync(PlacementsOf, new { id = DemoCitizens.JobshopCitizen })).DataOrThrow()["citizen"]!["employment"]!["placements"]![0]!["id"]!.GetValue<string>();

        var response = await host.GraphQLAs(Departments.Social, Role.Caseworker).For("COORDINATED_PLAN").PostAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids = new[] { DemoCitizens.JobshopCitizen.ToString(), placement, "not-an-id" } });

        var nodes = response.Data!["nodes"]!.AsArray();
        Assert.Equal("Citizen", nodes[0]!["__typename"]!.GetValue<string>());
        Assert.Null(nodes[1]);
        Assert.Null(nodes[2]);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodesAt("nodes.1"));
        Assert.Equal(["INVALID_ID"], response.ErrorCodesAt("nodes.2"));
    }

    [Fact]
    public async Task AnAliasedNodesPutsEachErrorAtTheAliasThatAnswered()
    {
        var response = await host.GraphQLAs(Departments.Social, Role.Caseworker).For("COORDINATED_PLAN").PostAsync(
            "query($ids: [ID!]!) { found: nodes(ids: $ids) { id } }", new { ids = new[] { DemoCitizens.JobshopCitizen.ToString(), "not-an-id" } });

        Assert.NotNull(response.Data!["found"]![0]);
        Assert.Null(response.Data!["found"]![1]);
        Assert.Equal(["INVALID_ID"], response.ErrorCodesAt("found.1"));
        Assert.Empty(response.ErrorCodesAt("nodes.1"));
    }
}
