using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobMatch.Data.Audit;
using JobMatch.Graph.Access;
using JobMatch.Graph.Audit;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JobMatch.Tests.Load;

/// <summary>
/// A realistic mix of the sample operations, as their personas, at fixed concurrency over loopback for a bounded
/// time (JOBMATCH_LOAD_SECONDS, 60 in CI, 10 by default): no errors, no 5xx, and the audit holds exactly the
/// records each request's response implies, one per citizen, category and outcome, in an intact chain.
/// </summary>
public sealed class LoadTests(LoopbackHost host, ITestOutputHelper output) : IClassFixture<LoopbackHost>
{
    private const int Concurrency = 8;

    private sealed record Op(string File, string Document, string? Department, Role Role, Guid? Citizen, string? Purpose, string Variables, int Weight);

    private sealed record Sent(Op Op, int Status, string CorrelationId, JsonNode? Body);

    [Fact]
    public async Task AMinuteOfMixedLoadHasNoErrorsAndAnExactAudit()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("JOBMATCH_LOAD_SECONDS"), out var s) ? s : 10;
        var ops = Operations();
        var tokens = ops.ToDictionary(o => o.File, o => host.Token(o.Department, o.Role, o.Citizen));
        var weighted = ops.SelectMany(o => Enumerable.Repeat(o, o.Weight)).ToArray();
        var sent = new ConcurrentBag<Sent>();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var stop = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async worker =>
        {
            var random = new Random(worker);
            while (stop.Elapsed < TimeSpan.FromSeconds(seconds))
            {
                var op = weighted[random.Next(weighted.Length)];
                using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
                {
                    // Each create is a new one: its idempotency key is fresh per request.
                    Content = new StringContent(JsonSerializer.Serialize(new { query = op.Document, variables = JsonNode.Parse(op.Variables.Replace("\"idempotencyKey\":\"sample-", "\"idempotencyKey\":\"" + Guid.NewGuid().ToString("N"), StringComparison.Ordinal)) }), Encoding.UTF8, "application/json"),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[op.File]);
                if (op.Purpose is not null)
                    request.Headers.Add(RequestPurpose.Header, Uri.EscapeDataString(op.Purpose));
                using var response = await http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                sent.Add(new Sent(op, (int)response.StatusCode, response.Headers.GetValues("X-Correlation-Id").Single(), JsonNode.Parse(text)));
            }
        }));

        var requests = sent.ToList();
        output.WriteLine($"{requests.Count} requests in {seconds} s at concurrency {Concurrency}: {requests.Count / (double)seconds:0} per second");
        Assert.NotEmpty(requests);
        Assert.DoesNotContain(requests, r => r.Status >= 500);
        Assert.Empty(requests.Where(r => r.Status != 200 || r.Body?["errors"] is not null).Select(r => $"{r.Op.File}: {r.Status} {r.Body?["errors"]?[0]?["message"]} {r.Body?["errors"]?[0]?["extensions"]?.ToJsonString()}").Take(5));

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<AuditContext>>().CreateDbContextAsync();
        var records = await db.AccessRecords.Join(db.AccessRequests, r => r.RequestId, q => q.Id, (r, q) => new { q.CorrelationId, r.CitizenId, r.Category, r.Allowed }).ToListAsync();
        var byRequest = records.GroupBy(r => r.CorrelationId).ToDictionary(g => g.Key, g => g.Select(r => (r.CitizenId ?? Guid.Empty, r.Category, r.Allowed)).ToList());
        foreach (var request in requests)
        {
            var expected = Expected(request).OrderBy(e => e.ToString()).ToList();
            var actual = (byRequest.GetValueOrDefault(request.CorrelationId) ?? []).OrderBy(e => e.ToString()).ToList();
            Assert.True(expected.SequenceEqual(actual),
                $"{request.Op.File} ({request.CorrelationId}): expected [{string.Join(", ", expected)}], audit holds [{string.Join(", ", actual)}]");
        }
        // And nothing else: every record belongs to a request the load sent.
        var sentIds = requests.Select(r => r.CorrelationId).ToHashSet();
        Assert.All(byRequest.Keys, id => Assert.Contains(id, sentIds));
        Assert.Null((await AuditChain.VerifyAsync(db, default)).Problem);

        // Each write the responses report is one new row in its source, and the writes' responses carry no errors.
        var goals = requests.Where(r => r.Op.File == "AddJobGoal.graphql").Select(r => r.Body!["data"]!["addJobGoal"]!).ToList();
        Assert.All(goals, g => Assert.Empty(g["errors"]!.AsArray()));
        Assert.Equal(goals.Count, goals.Select(g => g["jobGoal"]!["id"]!.GetValue<string>()).Distinct().Count());
        await using var employment = await host.Services.GetRequiredService<IDbContextFactory<JobMatch.Data.Employment.EmploymentContext>>().CreateDbContextAsync();
        Assert.Equal(goals.Count, await employment.Outbox.CountAsync(e => e.Kind == "JOB_GOAL_ADDED"));
    }

    /// <summary>What the audit must hold for one request, read from what its response served.</summary>
    private static IEnumerable<(Guid, string, bool)> Expected(Sent request)
    {
        var data = request.Body!["data"]!;
        Guid Id(JsonNode? node) => Guid.Parse(node!.GetValue<string>());
        switch (request.Op.File)
        {
            case "JobcenterCombinedPlan.graphql":
                var citizen = Id(data["citizen"]!["id"]);
                // BIF under SOF's and SUF's consents; BUF's detail is decided too, and denied.
                return new[] { ("Identity", true), ("Involvement", true), ("EmploymentSummary", true), ("EmploymentDetail", true), ("SocialDetail", true), ("HealthDetail", true), ("YouthDetail", false) }
                    .Select(c => (citizen, c.Item1, c.Item2));
            case "SocialServicesEmploymentStatus.graphql":
                return data["citizens"]!["nodes"]!.AsArray().Select(n => Id(n!["id"]))
                    .SelectMany(id => new[] { (id, "Identity", true), (id, "EmploymentSummary", true) });
            case "CitizenContactPersons.graphql":
                // SUF reads Henrik's contact persons: what SUF's does is its own detail, what BIF's does is hidden.
                var henrik = Guid.Parse("c0000000-0000-4000-8000-000000000004");
                return [(henrik, "Identity", true), (henrik, "Involvement", true), (henrik, "HealthDetail", true), (henrik, "EmploymentDetail", false)];
            case "ProjectParticipants.graphql":
                return data["project"]!["participants"]!["edges"]!.AsArray().Select(e => Id(e!["node"]!["citizen"]!["id"])).Distinct()
                    .SelectMany(id => new[] { (id, "EmploymentDetail", true), (id, "Identity", true) });
            case "AddJobGoal.graphql":
                return data["addJobGoal"]!["jobGoal"] is null ? [] : [(Guid.Parse("c0000000-0000-4000-8000-000000000005"), "EmploymentDetail", true)];
            case "GrantSocialService.graphql":
                return data["grantSocialService"]!["socialService"] is null ? [] : [(Guid.Parse("c0000000-0000-4000-8000-000000000005"), "SocialDetail", true)];
            case "CitizenOwnAccessLog.graphql":
                return [(Id(data["me"]!["citizenId"]), "Audit", true)];
            default:
                return [];
        }
    }

    private static List<Op> Operations()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Repository.PathOf("schema", "operations", "operations.json")))!["operations"]!.AsArray();
        var weights = new Dictionary<string, int>
        {
            // Jobcenters open plans most, social services list their citizens, the rest is occasional.
            ["JobcenterCombinedPlan.graphql"] = 5,
            ["SocialServicesEmploymentStatus.graphql"] = 4,
            ["CitizenContactPersons.graphql"] = 3,
            ["ProjectParticipants.graphql"] = 1,
            ["AnalystProjectOutcomes.graphql"] = 1,
            ["AuditorAccessLog.graphql"] = 1,
            ["CitizenOwnAccessLog.graphql"] = 1,
            // Caseworkers write to the plan now and then.
            ["AddJobGoal.graphql"] = 2,
            ["GrantSocialService.graphql"] = 1,
        };
        return manifest.Select(o => o!).Where(o => weights.ContainsKey(o["file"]!.GetValue<string>())).Select(o => new Op(
            o["file"]!.GetValue<string>(),
            File.ReadAllText(Repository.PathOf("schema", "operations", o["file"]!.GetValue<string>())),
            o["department"]?.GetValue<string>(),
            Enum.Parse<Role>(o["role"]!.GetValue<string>()),
            o["citizen"] is { } c ? Guid.Parse(c.GetValue<string>()) : null,
            o["purpose"]?.GetValue<string>(),
            o["variables"]!.ToJsonString(),
            weights[o["file"]!.GetValue<string>()])).ToList();
    }
}
