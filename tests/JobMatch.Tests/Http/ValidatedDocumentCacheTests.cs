using System.Net;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Graph.Http;
using JobMatch.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Http;

/// <summary>
/// Documents that passed validation are kept and not validated again; what depends on the request (the method,
/// the caller, the variables) is still checked every time. Each test uses a document of its own.
/// </summary>
[Collection(DemoHostCollection.Name)]
public sealed class ValidatedDocumentCacheTests(DemoHost host)
{
    private ValidatedDocumentCache Cache => host.Services.GetServices<GraphQL.DI.IConfigureExecution>().OfType<ValidatedDocumentCache>().Single();

    [Fact]
    public async Task ADocumentThatPassedIsKeptAndOneThatFailedIsNot()
    {
        const string valid = "query CacheKept($id: ID!) { citizen(id: $id) { name } }";
        const string invalid = "query CacheRefused { citizen { noSuchField } }";
        var client = host.GraphQLAs(Departments.Employment, Role.Caseworker);

        var first = await client.PostAsync(valid, new { id = DemoCitizens.JobshopCitizen });
        var again = await client.PostAsync(valid, new { id = DemoCitizens.KlapJobParticipant });
        var refused = await client.PostAsync(invalid);

        Assert.Empty(first.Errors);
        Assert.Empty(again.Errors);
        Assert.True(Cache.Knows(valid));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.False(Cache.Knows(invalid));
    }

    [Fact]
    public async Task AMutationValidatedOverPostIsStillRefusedOverGet()
    {
        const string mutation = "mutation CacheGet($id: ID!) { revokeConsent(input: { id: $id }) { consent { id } } }";
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker);

        await client.PostAsync(mutation, new { id = Guid.NewGuid() });
        Assert.True(Cache.Knows(mutation));
        var overGet = await client.SendAsync(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString(mutation) + "&variables=" + Uri.EscapeDataString($$"""{"id":"{{Guid.NewGuid()}}"}"""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, overGet.Status);
        Assert.Equal([NoMutationOverGetRule.Code], overGet.ErrorCodes);
    }

    [Fact]
    public async Task AVariableOfTheWrongTypeIsABadRequestWhetherOrNotTheDocumentIsKnown()
    {
        const string page = "query CacheVariables($n: Int!) { citizens(first: $n) { edges { node { name } } } }";
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker);

        var unknown = await client.PostAsync(page, new { n = "ten" });
        var valid = await client.PostAsync(page, new { n = 10 });
        var known = await client.PostAsync(page, new { n = "ten" });

        Assert.Empty(valid.Errors);
        foreach (var refused in new[] { unknown, known })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
            Assert.Equal(["INVALID_VALUE"], refused.ErrorCodes);
        }
    }
}
