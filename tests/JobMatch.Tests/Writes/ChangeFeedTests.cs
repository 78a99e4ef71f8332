using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Graph.Changes;
using JobMatch.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JobMatch.Tests.Writes;

/// <summary>
/// The change feed over GraphQL over SSE: SOF hears of BIF's placement for a shared citizen, a department without a
/// relation to the citizen hears nothing of it, and every delivery is in the access log.
/// </summary>
public sealed class ChangeFeedTests(JobMatchHost host, ITestOutputHelper output) : IClassFixture<JobMatchHost>
{
    private const string Feed = "subscription Feed { citizenChanged { citizenId kind department at recordId } }";
    private const string Register = "mutation($input: RegisterPlacementInput!) { registerPlacement(input: $input) { placement { id } " + WriteHelpers.PlacementErrors + " } }";

    /// <summary>Generous: the feed reads the outboxes every 200 ms; this only bounds a broken test.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SofIsToldOfBifsPlacementForASharedCitizenAndAnUninvolvedDepartmentIsNot()
    {
        var employer = await host.EmployerIdAsync();
        await using var sof = await EventStream.OpenAsync(host.CreateClient(), host.Token(Departments.Social, Role.Caseworker), "/graphql/stream", Feed);
        await using var suf = await EventStream.OpenAsync(host.CreateClient(), host.Token(Departments.Health, Role.Caseworker), "/graphql", Feed, acceptStream: true);
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);

        var registered = await bif.PostAsync(Register, new { input = new { citizenId = DemoCitizens.JobshopCitizen, kind = "ORDINARY_HOURS", employerId = employer, hoursPerWeek = 5, from = "2027-01-04" } });
        var saved = Stopwatch.GetTimestamp();
        Assert.Empty(registered.Payload("registerPlacement")["errors"]!.AsArray());
        var told = await sof.NextAsync(Patience);
        output.WriteLine($"SOF received the placement event {Stopwatch.GetElapsedTime(saved).TotalMilliseconds:0} ms after BIF's response (outbox read every 200 ms).");

        Assert.Equal(DemoCitizens.JobshopCitizen.ToString(), told["citizenId"]!.GetValue<string>());
        Assert.Equal("PLACEMENT_REGISTERED", told["kind"]!.GetValue<string>());
        Assert.Equal("BIF", told["department"]!.GetValue<string>());
        // No consent from Lars: SOF knows that BIF placed him, not what the placement is.
        Assert.Null(told["recordId"]);

        // SUF works with Henrik, not Lars: its first event is Henrik's, so Lars's was never sent to it.
        var henrik = await bif.PostAsync(Register, new { input = new { citizenId = DemoCitizens.FlexJobCitizen, kind = "FLEX_JOB", employerId = employer, hoursPerWeek = 12, from = "2027-01-04" } });
        Assert.Empty(henrik.Payload("registerPlacement")["errors"]!.AsArray());
        var sufFirst = await suf.NextAsync(Patience);
        Assert.Equal(DemoCitizens.FlexJobCitizen.ToString(), sufFirst["citizenId"]!.GetValue<string>());

        var log = await host.GraphQLAs(null, Role.Auditor).PostAsync(
            "query($id: ID) { accessLog(citizenId: $id, first: 100) { edges { node { department category operation allowed operationName } } } }", new { id = DemoCitizens.JobshopCitizen });
        var deliveries = log.DataOrThrow()["accessLog"]!["edges"]!.AsArray().Where(e => e!["node"]!["operationName"]?.GetValue<string>() == "Feed").ToList();
        var delivery = Assert.Single(deliveries)!["node"]!;
        Assert.Equal("SOF", delivery["department"]!.GetValue<string>());
        Assert.Equal("Involvement", delivery["category"]!.GetValue<string>());
        Assert.Equal("Read", delivery["operation"]!.GetValue<string>());
    }

    [Fact]
    public async Task ASubscriptionWithoutATokenOrOverPlainJsonIsRefused()
    {
        await using var anonymous = await EventStream.OpenAsync(host.CreateClient(), null, "/graphql/stream", Feed);
        var (name, data) = await anonymous.NextEventAsync(Patience);
        Assert.Equal("next", name);
        Assert.Equal(AccessDecision.NotAuthenticated, JsonNode.Parse(data)!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        var json = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(Feed);
        Assert.Equal(HttpStatusCode.NotAcceptable, json.Status);
        Assert.Equal(["STREAM_REQUIRED"], json.ErrorCodes);
    }

    [Fact]
    public async Task ASubscriptionRefusedForWantOfAStreamLeavesNoListenerBehind()
    {
        var feed = host.Services.GetRequiredService<OutboxFeed>();
        var before = feed.Listeners;

        var json = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync("subscription Unsent { citizenChanged { citizenId } }");
        var get = await host.GraphQLAs(Departments.Social, Role.Caseworker).SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("subscription Unsent { citizenChanged { citizenId } }"));

        Assert.Equal(["STREAM_REQUIRED"], json.ErrorCodes);
        Assert.Equal(["STREAM_REQUIRED"], get.ErrorCodes);
        Assert.Equal(before, feed.Listeners);
    }

    [Fact]
    public async Task ASubscriptionOverGetIsAnEventStreamAsTheGatewayAsksForIt()
    {
        // Hive Gateway subscribes to a subgraph with GET and Accept: text/event-stream (graphql-sse, distinct connections).
        var employer = await host.EmployerIdAsync();
        // An operation name of its own: another test counts the deliveries of "Feed".
        const string feed = "subscription GetFeed { citizenChanged { citizenId kind department at recordId } }";
        await using var sof = await EventStream.OpenGetAsync(host.CreateClient(), host.Token(Departments.Social, Role.Caseworker), "/graphql", feed);
        await using var stream = await EventStream.OpenGetAsync(host.CreateClient(), host.Token(Departments.Social, Role.Caseworker), "/graphql/stream", feed);

        var registered = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(Register,
            new { input = new { citizenId = DemoCitizens.JobshopCitizen, kind = "ORDINARY_HOURS", employerId = employer, hoursPerWeek = 6, from = "2027-02-01" } });
        Assert.Empty(registered.Payload("registerPlacement")["errors"]!.AsArray());

        foreach (var told in new[] { await sof.NextAsync(Patience), await stream.NextAsync(Patience) })
        {
            Assert.Equal(DemoCitizens.JobshopCitizen.ToString(), told["citizenId"]!.GetValue<string>());
            Assert.Equal("PLACEMENT_REGISTERED", told["kind"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task AMutationOverGetIsRefusedAsAnEventStreamTooAndWritesNothing()
    {
        var employer = await host.EmployerIdAsync();
        var mutation = "mutation { registerPlacement(input: { citizenId: \"" + DemoCitizens.JobshopCitizen + "\", kind: ORDINARY_HOURS, employerId: \"" + employer
            + "\", hoursPerWeek: 7, from: \"2027-03-01\" }) { placement { id } } }";
        var client = host.GraphQLAs(Departments.Employment, Role.Caseworker);

        foreach (var path in new[] { "/graphql", "/graphql/stream" })
        {
            var response = await client.SendAsync(HttpMethod.Get, path + "?query=" + Uri.EscapeDataString(mutation), accept: "text/event-stream");

            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
            Assert.Equal(["MUTATION_OVER_GET"], response.ErrorCodes);
        }
        var placements = await client.PostAsync("query($id: ID!) { citizen(id: $id) { employment { placements { hoursPerWeek } } } }", new { id = DemoCitizens.JobshopCitizen });
        Assert.DoesNotContain("\"hoursPerWeek\":7", placements.Text);
    }

    [Fact]
    public async Task AQueryOverTheStreamIsOneNextEventAndComplete()
    {
        await using var stream = await EventStream.OpenAsync(host.CreateClient(), host.Token(Departments.Social, Role.Caseworker), "/graphql/stream", "{ departments { code } }");
        var next = await stream.NextEventAsync(Patience);
        var complete = await stream.NextEventAsync(Patience);

        Assert.Equal("next", next.Event);
        Assert.Equal(4, JsonNode.Parse(next.Data)!["data"]!["departments"]!.AsArray().Count);
        Assert.Equal("complete", complete.Event);
    }
}

/// <summary>A graphql-sse client in distinct-connections mode: one POST, events read as they arrive.</summary>
internal sealed class EventStream : IAsyncDisposable
{
    private readonly HttpResponseMessage response;
    private readonly StreamReader reader;

    private EventStream(HttpResponseMessage response, StreamReader reader)
    {
        this.response = response;
        this.reader = reader;
    }

    public static async Task<EventStream> OpenAsync(HttpClient http, string? token, string path, string query, bool acceptStream = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json") };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (acceptStream || path.EndsWith("/stream", StringComparison.Ordinal))
            request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var stream = new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        return stream;
    }

    /// <summary>The same over GET, the operation in the query string, as Hive Gateway subscribes to a subgraph.</summary>
    public static async Task<EventStream> OpenGetAsync(HttpClient http, string token, string path, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path + "?query=" + Uri.EscapeDataString(query));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next event's name and data; the subscription's opening comment is skipped.</summary>
    public async Task<(string Event, string Data)> NextEventAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        string? name = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null)
                    return (name, data.ToString());
                continue;
            }
            if (line.StartsWith("event: ", StringComparison.Ordinal))
                name = line["event: ".Length..];
            else if (line.StartsWith("data:", StringComparison.Ordinal))
                data.Append(line["data:".Length..].TrimStart());
        }
        throw new InvalidOperationException("The stream ended.");
    }

    /// <summary>The next <c>next</c> event's <c>citizenChanged</c>.</summary>
    public async Task<JsonNode> NextAsync(TimeSpan patience)
    {
        var (name, data) = await NextEventAsync(patience);
        Assert.Equal("next", name);
        var result = JsonNode.Parse(data)!;
        return result["data"]?["citizenChanged"] ?? throw new InvalidOperationException("Not a change: " + data);
    }

    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        response.Dispose();
        return ValueTask.CompletedTask;
    }
}
