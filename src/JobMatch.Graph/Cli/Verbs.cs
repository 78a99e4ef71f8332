using System.Diagnostics;
using JobMatch.Data;
using JobMatch.Data.Audit;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Graph.Audit;
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

    /// <summary>The embedded default creates, migrates and seeds its own files, so a fresh clone runs with one command.</summary>
    private static async Task InitializeEmbeddedAsync(WebApplication app, CancellationToken ct)
    {
        var stores = app.Services.GetRequiredService<SourceStores>();
        if (stores.Options.Provider != DataProvider.Sqlite)
            return;
        await stores.MigrateAllAsync(ct);
        if (stores.Options.SeedDemoData && await Seeder.SeedAsync(stores, DemoCitizens, app.Services.GetRequiredService<Calendar>().Today, ct))
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
        var (verified, problem) = await AuditChain.VerifyAsync(db, ct);
        if (problem is null)
        {
            Console.WriteLine($"The access log is intact: {verified:N0} records, each chained to the one before it.");
            return 0;
        }
        Console.WriteLine($"The access log is broken after {verified:N0} intact records. {problem}");
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
        Console.WriteLine("Other clients need a token: dotnet run --project src/JobMatch.Graph --no-launch-profile -- token --department SOF --role Caseworker");
        Console.WriteLine("sent as 'Authorization: Bearer <token>'; another department's detail also needs the 'X-JobMatch-Purpose' header.");
    }
}
