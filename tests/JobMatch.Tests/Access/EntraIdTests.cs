using System.Net;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobMatch.Tests.Access;

/// <summary>With an AzureAd section the host validates Entra ID tokens through Microsoft.Identity.Web, and a locally signed token is no longer accepted.</summary>
public sealed class EntraIdTests : IClassFixture<EntraIdTests.EntraHost>
{
    public sealed class EntraHost : ProductionHost
    {
        public EntraHost()
        {
            Settings["AzureAd:Instance"] = "https://login.microsoftonline.com/";
            Settings["AzureAd:TenantId"] = "11111111-1111-1111-1111-111111111111";
            Settings["AzureAd:ClientId"] = "22222222-2222-2222-2222-222222222222";
            Settings["AzureAd:Audience"] = "api://jobmatch";
        }
    }

    private readonly EntraHost host;

    public EntraIdTests(EntraHost host) => this.host = host;

    [Fact]
    public void TheBearerSchemeTrustsTheTenantNotTheLocalKey()
    {
        var options = host.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

        Assert.Contains("11111111-1111-1111-1111-111111111111", options.Authority);
        Assert.Null(options.TokenValidationParameters.IssuerSigningKey);
    }

    [Fact]
    public async Task ALocallySignedTokenIsRefused()
    {
        // Offline, Microsoft.Identity.Web cannot fetch the tenant's keys either: the token fails, never falls back.
        var response = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync("{ me { department } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }
}

/// <summary>An AzureAd section alone is identity enough outside Development: the host starts without a local key and makes none.</summary>
public sealed class EntraIdOnlyTests : IClassFixture<EntraIdOnlyTests.EntraOnlyHost>
{
    public sealed class EntraOnlyHost : ProductionHost
    {
        public EntraOnlyHost()
        {
            Settings.Remove("JobMatch:Auth:SigningKey");
            Settings["AzureAd:Instance"] = "https://login.microsoftonline.com/";
            Settings["AzureAd:TenantId"] = "11111111-1111-1111-1111-111111111111";
            Settings["AzureAd:ClientId"] = "22222222-2222-2222-2222-222222222222";
            Settings["AzureAd:Audience"] = "api://jobmatch";
        }
    }

    private readonly EntraOnlyHost host;

    public EntraIdOnlyTests(EntraOnlyHost host) => this.host = host;

    [Fact]
    public async Task TheHostStartsWithoutALocalKeyAndMakesNone()
    {
        var response = await host.GraphQL().PostAsync("{ departments { code } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(4, response.DataOrThrow()["departments"]!.AsArray().Count);
        Assert.False(File.Exists(Path.Combine(host.DataDirectory, "signing-key")));
    }
}
