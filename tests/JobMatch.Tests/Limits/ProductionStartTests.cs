using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Limits;

/// <summary>The README's command, as a process: the environment variable decides, and production starts only when told whom to trust.</summary>
public sealed class ProductionStartTests
{
    private static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task ProductionWithoutAnIdentityConfigurationRefusesToStartAndWritesNothing()
    {
        using var program = new ProgramProcess(new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" });

        var exitCode = await program.ExitCodeAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("JobMatch does not start in Production", program.Output);
        Assert.Contains("AzureAd", program.Output);
        Assert.Contains("JobMatch__Auth__SigningKey", program.Output);
        // Neither a signing key of its own nor any source file.
        Assert.False(Directory.Exists(program.DataDirectory));
    }

    [Fact]
    public async Task ASigningKeyThatIsTooShortIsRefusedToo()
    {
        using var program = new ProgramProcess(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["JobMatch__Auth__SigningKey"] = Convert.ToBase64String(new byte[16]),
        });

        Assert.Equal(1, await program.ExitCodeAsync());
        Assert.Contains("at least 32 random bytes", program.Output);
    }

    [Fact]
    public async Task ProductionServesNoPersonaNoTokenAndNoSchemaToStrangers()
    {
        using var program = new ProgramProcess(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["JobMatch__Auth__SigningKey"] = Key,
        });
        using var http = new HttpClient { BaseAddress = await program.ServingAsync() };

        using var config = await http.GetAsync("/graphql/bcp-config.json?persona=auditor");
        var configText = await config.Content.ReadAsStringAsync();
        using var sdl = await http.GetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.OK, config.StatusCode);
        Assert.Empty(JsonNode.Parse(configText)!["httpHeaders"]!.AsObject());
        Assert.DoesNotContain("Bearer", configText);
        Assert.Equal(HttpStatusCode.Unauthorized, sdl.StatusCode);
        Assert.DoesNotContain("type Query", await sdl.Content.ReadAsStringAsync());
        Assert.DoesNotContain("demo persona", program.Output);
        Assert.DoesNotContain("Seeded the demo data", program.Output);
    }

    [Fact]
    public async Task WithoutTheVariableTheReadmeCommandRunsAsDevelopment()
    {
        using var program = new ProgramProcess(new Dictionary<string, string> { ["JobMatch__SeedDemoData"] = "false" });
        using var http = new HttpClient { BaseAddress = await program.ServingAsync() };

        using var sdl = await http.GetAsync("/graphql?sdl");

        Assert.Contains("demo persona", program.Output);
        Assert.Equal(HttpStatusCode.OK, sdl.StatusCode);
    }
}
