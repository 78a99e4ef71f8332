using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace JobMatch.Tests.Infrastructure;

/// <summary>
/// The real host, in process, on its own data folder: it creates, migrates and seeds its SQLite files on
/// start exactly as the README's first command does.
/// </summary>
public class JobMatchHost : WebApplicationFactory<Program>
{
    /// <summary>The date the demo data is written around; consents and plans are judged on it in tests.</summary>
    public static readonly DateOnly Today = new(2026, 11, 1);

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "jobmatch-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Development by default, as the README's first command runs; production hosts say so.</summary>
    protected virtual string EnvironmentName => "Development";

    /// <summary>Extra settings for a test's host, e.g. <c>JobMatch:SeedDemoData</c>.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("JobMatch:DataDirectory", DataDirectory);
        builder.UseSetting("JobMatch:Today", Today.ToString("yyyy-MM-dd"));
        // The host's log reaches the test output from warnings up: what a failing test needs, not every request.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Entra ID hosts here cannot reach the tenant's metadata: the library's errors about it are expected.
        builder.UseSetting("Logging:LogLevel:Microsoft.IdentityModel", "None");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    public GraphQLClient GraphQL() => new(CreateClient());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection is left for the OS temp cleaner.
        }
    }
}
