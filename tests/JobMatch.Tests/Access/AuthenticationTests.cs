using System.Net;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Access;

/// <summary>No token: no personal data; a bad or expired token: 401, never a silent fall-back.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class AuthenticationTests(DemoHost host)
{
    [Fact]
    public async Task WithoutATokenNoPersonalDataLeavesButReferenceDataDoes()
    {
        var response = await host.GraphQL().PostAsync("query($id: ID!) { departments { code } citizen(id: $id) { name } citizens(first: 5) { edges { node { id } } } }", new { id = DemoCitizens.JobshopCitizen });

        Assert.Equal(4, response.Data!["departments"]!.AsArray().Count);
        Assert.Null(response.Data["citizen"]);
        Assert.Null(response.Data["citizens"]);
        Assert.Equal([AccessDecision.NotAuthenticated], response.ErrorCodesAt("citizen"));
        Assert.Equal([AccessDecision.NotAuthenticated], response.ErrorCodesAt("citizens"));
    }

    [Fact]
    public async Task AForgedTokenIs401()
    {
        var token = host.Token(Departments.Social, Role.Caseworker);
        var forged = token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA");

        var response = await host.GraphQL().As(forged).PostAsync("{ departments { code } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["AUTH_INVALID_TOKEN"], response.ErrorCodes);
    }

    [Fact]
    public async Task AnExpiredTokenIs401()
    {
        var expired = host.Token(Departments.Social, Role.Caseworker, lifetime: TimeSpan.FromMinutes(-5));

        var response = await host.GraphQL().As(expired).PostAsync("{ departments { code } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task MeSaysWhoTheTokenNames()
    {
        var response = await host.GraphQLAs(Departments.Social, Role.Consultant).PostAsync("{ me { isAuthenticated department roles } }");

        Assert.Equal("SOF", response.DataOrThrow()["me"]!["department"]!.GetValue<string>());
        Assert.Equal(["Consultant"], response.Data!["me"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }
}
