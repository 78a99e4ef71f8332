using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobMatch.Tests.Infrastructure;

/// <summary>
/// The real host, in process, on its own data folder: it creates, migrates and seeds its SQLite files on
/// start exactly as the README's first command does.
/// </summary>
public class JobMatchHost : WebApplicationFactory<Program>
{
    /// <summary>The Danish date the host's clock starts on: the demo data is seeded for it and requests are judged on it.</summary>
    public static readonly DateOnly Today = new(2026, 12, 1);

    /// <summary>
    /// The host's clock, in place of the system's: 10:00 in Copenhagen on <see cref="Today"/> until a test moves it
    /// (<see cref="SetDanishTime"/>), so every value that depends on "now" is computed against a day the test names.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(DanishTime(Today, new TimeOnly(10, 0)));

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "jobmatch-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Development by default, as the README's first command runs; production hosts say so.</summary>
    protected virtual string EnvironmentName => "Development";

    /// <summary>Extra settings for a test's host, e.g. <c>JobMatch:SeedDemoData</c>.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("JobMatch:DataDirectory", DataDirectory);
        // The host's log reaches the test output from warnings up: what a failing test needs, not every request.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Entra ID hosts here cannot reach the tenant's metadata: the library's errors about it are expected.
        builder.UseSetting("Logging:LogLevel:Microsoft.IdentityModel", "None");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Sets the clock to a wall-clock time in Copenhagen (winter time, UTC+1, and summer time, UTC+2, as the date has it).</summary>
    public void SetDanishTime(DateOnly day, TimeOnly time) => Clock.SetUtcNow(DanishTime(day, time));

    private static DateTimeOffset DanishTime(DateOnly day, TimeOnly time)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public GraphQLClient GraphQL() => new(CreateClient());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        // A host whose construction failed (e.g. PostgreSQL not configured) is still finalised, without a folder.
        if (!Directory.Exists(DataDirectory))
            return;
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
