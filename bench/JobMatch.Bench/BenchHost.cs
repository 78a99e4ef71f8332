using JobMatch.Bench.Baseline;
using JobMatch.Data.Seeding;
using JobMatch.Graph;

namespace JobMatch.Bench;

/// <summary>
/// The real JobMatch host, built as its Program.cs builds it (Production, the Graph's own appsettings.json), with the
/// hand-written baseline mapped beside it, listening on a free loopback port. Instances built with the same key over
/// the same store accept each other's tokens, as instances behind a load balancer do.
/// </summary>
public static class BenchHost
{
    public static string NewSigningKey() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public static WebApplication Build(string repoRoot, BenchStore store, string? signingKey = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = Path.Combine(repoRoot, "src", "JobMatch.Graph"),
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // The seed's "today", so the seeded consents and plans are judged as the demo and the tests judge them.
            ["JobMatch:Today"] = Seeder.ReferenceDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["JobMatch:SeedDemoData"] = "false",
            // Production takes only a configured key, and only trusted documents unless told otherwise.
            ["JobMatch:Auth:SigningKey"] = signingKey ?? NewSigningKey(),
            ["JobMatch:TrustedDocuments:Only"] = "false",
            // A load generator is one user far beyond a person's pace, and scenario 3 (50 citizens with every
            // source's detail) costs more than the default complexity allows: a deployment serving such pages
            // raises both, as this one does.
            ["JobMatch:Limits:RequestsPerMinute"] = "100000000",
            ["JobMatch:Limits:MaxComplexity"] = "10000",
            // Scenario 4a is a load of requests without a token: the budget shared by all anonymous callers would
            // answer most of them 429 after the first 1,200 a minute. Every other limit stays at its default.
            ["JobMatch:Limits:AnonymousRequestsPerMinute"] = "100000000",
            // Start-up chatter only; nothing on a request's path logs at Information.
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        });
        builder.Configuration.AddInMemoryCollection(store.Settings());
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddJobMatchGraph();

        var app = builder.Build();
        app.MapJobMatchGraph();
        app.MapBaseline();
        return app;
    }
}
