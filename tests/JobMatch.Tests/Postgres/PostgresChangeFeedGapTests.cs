using System.Text.Json.Nodes;
using JobMatch.Data;
using JobMatch.Data.Changes;
using JobMatch.Data.Employment;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Graph.Changes;
using JobMatch.Graph.Nodes;
using JobMatch.Tests.Infrastructure;
using JobMatch.Tests.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Postgres;

/// <summary>
/// The change feed's gap rule on a real PostgreSQL: an outbox id is taken at insert and the row shows at commit, so
/// the later id can commit first. A subscriber over SSE still gets both changes, each once. The host's clock stands
/// still, so the <see cref="OutboxFeed.GapGrace"/> does not run out while the first transaction is held open.
/// </summary>
public sealed class PostgresChangeFeedGapTests(PostgresHost host) : IClassFixture<PostgresHost>
{
    private const string Feed = "subscription GapFeed { citizenChanged { citizenId kind department recordId } }";
    private const string AddGoal = "mutation($input: AddJobGoalInput!) { addJobGoal(input: $input) { jobGoal { id } " + WriteHelpers.Errors + " } }";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly Guid Lars = DemoCitizens.JobshopCitizen;

    [Fact]
    public async Task AChangeThatCommitsAfterALaterOneIsDeliveredAndEachIsDeliveredOnce()
    {
        // BIF owns the goals, so its feed names each record: the three changes can be told apart.
        await using var feed = await EventStream.OpenAsync(host.CreateClient(), host.Token(Departments.Employment, Role.Caseworker), "/graphql/stream", Feed);
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var factory = host.Services.GetRequiredService<IDbContextFactory<EmploymentContext>>();

        // The first change takes its outbox id and is held uncommitted, as a slow write would be.
        await using var slow = await factory.CreateDbContextAsync();
        await using var transaction = await slow.Database.BeginTransactionAsync();
        var held = new JobGoal { Id = Guid.NewGuid(), CitizenId = Lars, Text = "Skrevet i en langsom transaktion", SetOn = JobMatchHost.Today, Status = PlanStatus.Active, Version = 1 };
        var heldEvent = new OutboxEvent { CitizenId = Lars, Kind = "JOB_GOAL_ADDED", Department = Departments.Employment, EntityType = NodeTypes.JobGoal, EntityId = held.Id, OccurredAt = DateTime.UtcNow, Subject = "test:slow-writer" };
        slow.JobGoals.Add(held);
        slow.Set<OutboxEvent>().Add(heldEvent);
        await slow.SaveChangesAsync();

        // The second takes the next id and commits at once.
        var later = (await bif.PostAsync(AddGoal, new { input = new { citizenId = Lars, text = "Skrevet og gemt med det samme" } })).Changed("addJobGoal", "jobGoal")["id"]!.GetValue<string>();
        GlobalId.TryDecode(later, out _, out var laterId);
        var laterEvent = await host.InAsync<EmploymentContext, long>(db => db.Set<OutboxEvent>().Where(e => e.EntityId == laterId).Select(e => e.Id).SingleAsync());
        Assert.True(heldEvent.Id < laterEvent, $"the held change has outbox id {heldEvent.Id}, the committed one {laterEvent}");

        var first = await feed.NextAsync(Patience);
        Assert.Equal(later, first["recordId"]!.GetValue<string>());

        // Now the earlier id commits, below the one already delivered.
        await transaction.CommitAsync();
        var second = await feed.NextAsync(Patience);

        // A third change after both: had either been sent again, it would have come before this one.
        var third = (await bif.PostAsync(AddGoal, new { input = new { citizenId = Lars, text = "Skrevet bagefter" } })).Changed("addJobGoal", "jobGoal")["id"]!.GetValue<string>();
        var last = await feed.NextAsync(Patience);

        Assert.Equal([later, GlobalId.Of(NodeTypes.JobGoal, held.Id), third], new[] { first, second, last }.Select(Id));
        Assert.All(new[] { first, second, last }, e => Assert.Equal("JOB_GOAL_ADDED", e["kind"]!.GetValue<string>()));
    }

    private static string Id(JsonNode change) => change["recordId"]!.GetValue<string>();
}
