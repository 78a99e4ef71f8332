using System.Net;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Graph.Auth;
using JobMatch.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

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

    private async Task<System.Text.Json.Nodes.JsonNode> MeAsync(string? department, params string[] roles)
    {
        var token = host.Services.GetRequiredService<LocalSigningKey>().CreateToken("test:claims", "Test claims", department, roles, null, TimeSpan.FromMinutes(5));
        var response = await host.GraphQL().As(token).PostAsync("{ me { department roles } }");
        return response.DataOrThrow()["me"]!;
    }

    [Theory]
    [InlineData("SOF", "SOF")]
    [InlineData("sof", "SOF")]
    [InlineData("Sof", "SOF")]
    [InlineData("ſof", null)] // U+017F upper-cases to S in the invariant culture
    [InlineData("SOF ", null)]
    [InlineData("sоf", null)] // Cyrillic o
    [InlineData("BIF,SOF", null)]
    public async Task ADepartmentClaimIsOneKnownCodeIgnoringAsciiCaseAndNothingElse(string claim, string? expected)
    {
        var me = await MeAsync(claim, "Caseworker");

        Assert.Equal(expected, me["department"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("Caseworker", "Caseworker")]
    [InlineData("caseworker", "Caseworker")]
    [InlineData("0", null)]
    [InlineData("1", null)]
    [InlineData("3", null)]
    [InlineData("Consultant,Analyst", null)]
    [InlineData(" Auditor", null)]
    [InlineData("Aud\u0131tor", null)] // dotless i upper-cases to I
    public async Task ARoleClaimIsOneKnownRoleNotANumberOrAList(string claim, string? expected)
    {
        var me = await MeAsync(Departments.Social, claim);

        Assert.Equal(expected is null ? [] : [expected], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task SeveralRoleClaimsAreSeveralRoles()
    {
        var me = await MeAsync(Departments.Social, "Consultant", "analyst");

        Assert.Equal(["Analyst", "Consultant"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MeSaysWhoTheTokenNames()
    {
        var response = await host.GraphQLAs(Departments.Social, Role.Consultant).PostAsync("{ me { isAuthenticated department roles } }");

        Assert.Equal("SOF", response.DataOrThrow()["me"]!["department"]!.GetValue<string>());
        Assert.Equal(["Consultant"], response.Data!["me"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }
}
