using System.Diagnostics;
using JobMatch.Data;
using JobMatch.Data.Audit;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Graph.Audit;
using JobMatch.Graph.Auth;
using JobMatch.Graph.Http;
using JobMatch.Graph.Ide;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Graph.Cli;

/// <summary>
/// The program's verbs, given as its first argument: <c>schema</c>, <c>migrate</c>, <c>seed [--citizens N]</c>.
/// No verb starts the server.
/// </summary>
public static class Verbs
{
    public const int DemoCitizens = 300;

    public static async Task<int> RunJobMatchAsync(this WebApplication app, string[] args)
    {
        // Only the first argument can be a verb, so options such as "--urls http://..." pass through to the host.
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
        var ct = app.Lifetime.ApplicationStopping;
        switch (verb)
        {
            case null:
                if ((AuthenticationSetup.IdentityProblem(app.Configuration, app.Environment) ?? GatewayCredential.Problem(app.Configuration, app.Environment)) is { } problem)
                {
                    // Before anything is created: a host that cannot tell whom to trust writes no files and serves nothing.
                    app.Logger.LogCritical("JobMatch does not start in {Environment}: {Problem}", app.Environment.EnvironmentName, problem);
                    await Console.Error.WriteLineAsync($"JobMatch does not start in {app.Environment.EnvironmentName}: {problem}");
                    return 1;
                }
                await InitializeEmbeddedAsync(app, ct);
                app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(app));
                await app.RunAsync();
                return 0;
            case "schema":
                Console.Write(app.Services.GetRequiredService<SchemaDocument>().Text);
                return 0;
            case "migrate":
                await app.Services.GetRequiredService<SourceStores>().MigrateAllAsync(ct);
                Console.WriteLine("Every source is migrated to the latest migration.");
                return 0;
            case "token":
                return TokenVerb.Run(app, args);
            case "verify-audit":
                return await VerifyAuditAsync(app, ct);
            case "seed":
                return await SeedAsync(app, Option(args, "--citizens") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : DemoCitizens, ct);
            default:
                await Console.Error.WriteLineAsync($"Unknown verb '{verb}'. Verbs: schema, migrate, seed [--citizens N], token --department D --role R, verify-audit; none starts the server.");
                return 2;
        }
    }

    /// <summary>
    /// The embedded default creates, migrates and seeds its own files, so a fresh clone runs with one command. Demo
    /// data is seeded in Development unless switched off, and elsewhere only when <c>JobMatch:SeedDemoData</c> is true.
    /// </summary>
    private static async Task InitializeEmbeddedAsync(WebApplication app, CancellationToken ct)
    {
        var stores = app.Services.GetRequiredService<SourceStores>();
        if (!stores.Options.ShouldMigrateOnStart)
            return;
        var failed = await stores.MigrateAvailableAsync(ct);
        foreach (var (source, problem) in failed)
            app.Logger.LogError("The {Source} source could not be opened or migrated, so its fields answer SOURCE_UNAVAILABLE until it is back: {Problem}", source, problem);
        if (failed.Count == 0 && (stores.Options.SeedDemoData ?? app.Environment.IsDevelopment()) && await Seeder.SeedAsync(stores, DemoCitizens, app.Services.GetRequiredService<Calendar>().Today, ct))
            app.Logger.LogInformation("Seeded the demo data set ({Citizens} citizens) into {Folder}", DemoCitizens, stores.Options.FullDataDirectory);
    }

    private static async Task<int> SeedAsync(WebApplication app, int citizens, CancellationToken ct)
    {
        var stores = app.Services.GetRequiredService<SourceStores>();
        await stores.MigrateAllAsync(ct);
        var watch = Stopwatch.StartNew();
        if (!await Seeder.SeedAsync(stores, citizens, app.Services.GetRequiredService<Calendar>().Today, ct))
        {
            await Console.Error.WriteLineAsync("The sources already hold citizens; seed into an empty data folder (JobMatch__DataDirectory).");
            return 1;
        }
        Console.WriteLine($"Seeded {citizens:N0} citizens into {stores.Options.FullDataDirectory} in {watch.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    private static async Task<int> VerifyAuditAsync(WebApplication app, CancellationToken ct)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<AuditContext>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        int verified;
        string? problem;
        try
        {
            (verified, problem) = await AuditChain.VerifyAsync(db, ct);
        }
        catch (System.Data.Common.DbException e)
        {
            await Console.Error.WriteLineAsync($"The access log could not be read, so nothing was verified: {e.Message}");
            return 2;
        }
        if (problem is null)
        {
            Console.WriteLine($"The access log is intact: {verified:N0} requests, each covering its records and chained to the one before it.");
            return 0;
        }
        Console.WriteLine($"The access log is broken after {verified:N0} intact requests. {problem}");
        return 1;
    }

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static void PrintWelcome(WebApplication app)
    {
        foreach (var url in app.Urls.Select(u => u.TrimEnd('/')))
        {
            Console.WriteLine($"JobMatch is serving the demo graph at {url}{GraphQLHttpEndpoint.Path} (open it in a browser for the IDE), the schema at {url}{GraphQLHttpEndpoint.Path}?sdl, each source's state at {url}/health.");
        }
        if (app.Environment.IsDevelopment() && app.Urls.FirstOrDefault()?.TrimEnd('/') is { } first)
            Console.WriteLine($"In the IDE you act as a demo persona ({DemoPersonas.Default} at first); switch with {first}{GraphQLHttpEndpoint.Path}/?persona=NAME, NAME one of: {string.Join(", ", DemoPersonas.All.Select(p => p.Name))}.");
        Console.WriteLine("Other clients need a token: dotnet run --project src/JobMatch.Graph -- token --department SOF --role Caseworker");
        Console.WriteLine("sent as 'Authorization: Bearer <token>'; another department's detail also needs the 'X-JobMatch-Purpose' header.");
    }
}
