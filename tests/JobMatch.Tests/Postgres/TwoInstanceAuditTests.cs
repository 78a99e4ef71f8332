using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobMatch.Data.Audit;
using JobMatch.Graph.Access;
using JobMatch.Graph.Audit;
using JobMatch.Graph.Http;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JobMatch.Tests.Postgres;

/// <summary>
/// Two instances (two hosts in this process) over one set of PostgreSQL databases, under concurrent load for
/// JOBMATCH_LOAD_SECONDS (60 in CI, 10 by default): every request's records are in the audit exactly once and the
/// chain both instances extended is one intact chain.
/// </summary>
public sealed class TwoInstanceAuditTests(ITestOutputHelper output)
{
    private const int WorkersPerInstance = 4;

    private sealed record Sent(string CorrelationId, int Status, HashSet<Guid> Citizens);

    [Fact]
    public async Task TwoInstancesUnderLoadKeepOneIntactChainWithEveryRequestOnce()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("JOBMATCH_LOAD_SECONDS"), out var s) ? s : 10;
        using var first = new PostgresHost();
        first.Settings["JobMatch:Limits:RequestsPerMinute"] = "1000000";
        // The first instance migrates and seeds on start; the second starts on what it made.
        _ = first.Services;
        using var second = PostgresHost.AnotherInstance(first);
        second.Settings["JobMatch:Limits:RequestsPerMinute"] = "1000000";
        var sent = new ConcurrentBag<Sent>();
        var stop = Stopwatch.StartNew();

        await Task.WhenAll(new[] { first, second }.SelectMany(host => Enumerable.Range(0, WorkersPerInstance).Select(async worker =>
        {
            using var http = host.CreateClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.Token(Departments.Employment, Role.Caseworker));
            var random = new Random(worker);
            while (stop.Elapsed < TimeSpan.FromSeconds(seconds))
            {
                var query = $$"""{ citizens(first: {{random.Next(1, 6)}}, where: { department: "BIF" }) { edges { node { id name } } } }""";
                using var response = await http.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"));
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                var citizens = (body?["data"]?["citizens"]?["edges"]?.AsArray() ?? []).Select(e => Guid.Parse(e!["node"]!["id"]!.GetValue<string>())).ToHashSet();
                sent.Add(new Sent(response.Headers.GetValues(GraphQLHttpEndpoint.CorrelationHeader).Single(), (int)response.StatusCode, citizens));
            }
        })));

        var requests = sent.ToList();
        output.WriteLine($"{requests.Count} requests in {seconds} s through two instances");
        // How many depends on the machine; that both instances wrote, concurrently, is what counts.
        Assert.True(requests.Count >= 2 * WorkersPerInstance, $"only {requests.Count} requests in {seconds} s");
        Assert.Empty(requests.Where(r => r.Status != 200).Select(r => $"{r.CorrelationId}: {r.Status}").Take(5));
        Assert.Equal(requests.Count, requests.Select(r => r.CorrelationId).Distinct().Count());

        await using var db = await first.Services.GetRequiredService<IDbContextFactory<AuditContext>>().CreateDbContextAsync();
        var rows = await db.AccessRequests.Select(q => q.CorrelationId).ToListAsync();
        Assert.Equal(requests.Count, rows.Count);
        Assert.Equal(requests.Select(r => r.CorrelationId).Order(), rows.Order());
        var records = (await db.AccessRecords.Join(db.AccessRequests, r => r.RequestId, q => q.Id, (r, q) => new { q.CorrelationId, r.CitizenId, r.Category, r.Allowed }).ToListAsync())
            .ToLookup(r => r.CorrelationId);
        foreach (var request in requests)
        {
            var logged = records[request.CorrelationId].ToList();
            Assert.All(logged, r => Assert.Equal(("Identity", true), (r.Category, r.Allowed)));
            Assert.Equal(request.Citizens.Order(), logged.Select(r => r.CitizenId!.Value).Order());
        }
        var (verified, problem) = await AuditChain.VerifyAsync(db, default);
        Assert.Null(problem);
        Assert.Equal(requests.Count, verified);

        // And as an operator checks it: the verify-audit verb of the built program, on the same databases.
        var (exit, said) = await VerifyAuditVerbAsync(first);
        Assert.True(exit == 0, said);
        Assert.Contains($"The access log is intact: {requests.Count:N0} requests", said);
    }

    private static async Task<(int Exit, string Output)> VerifyAuditVerbAsync(PostgresHost host)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "JobMatch.Graph.dll"), "verify-audit"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["JobMatch__Provider"] = "PostgreSql";
        start.Environment["JobMatch__Auth__SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        foreach (var (source, connection) in host.Sources)
            start.Environment[$"ConnectionStrings__{source}"] = connection;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
