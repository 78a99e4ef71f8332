using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Youth;

/// <summary>A handover's state comes from the clock at request time: the data is seeded once and the days pass.</summary>
public sealed class YouthHandoverClockTests : IDisposable
{
    private readonly JobMatchHost host = new();

    public YouthHandoverClockTests() =>
        // A fresh host on a busy machine: this test is about the clock, not the execution time limit.
        host.Settings["JobMatch:Limits:ExecutionTimeoutSeconds"] = "60";

    private const string States = "{ youthHandovers(first: 100) { nodes { citizenId state } } }";

    [Fact]
    public async Task StatesMoveWithTheDaysAndAHandoverClosesThreeMonthsAfterIt()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var buf = host.GraphQLAs(Departments.Youth, Role.Caseworker);

        // Freja turns 17 years and 2 months on 2026-12-27.
        host.SetDanishTime(new DateOnly(2026, 12, 26), new TimeOnly(12, 0));
        Assert.Equal("NOT_DUE", await StateOf(buf, DemoYouth.NotDue));
        host.SetDanishTime(new DateOnly(2026, 12, 27), new TimeOnly(8, 0));
        Assert.Equal("DUE", await StateOf(buf, DemoYouth.NotDue));

        // Noah's plan is due by 2027-01-29, his 17½; Clara's handover (2026-10-28) stays open to 2027-01-28.
        host.SetDanishTime(new DateOnly(2027, 1, 28), new TimeOnly(12, 0));
        Assert.Equal("DUE", await StateOf(bif, DemoYouth.Due));
        Assert.Equal("HANDED_OVER", await StateOf(bif, DemoYouth.HandedOver));
        host.SetDanishTime(new DateOnly(2027, 1, 30), new TimeOnly(8, 0));
        Assert.Equal("PLAN_OVERDUE", await StateOf(bif, DemoYouth.Due));
        Assert.Null(await StateOf(bif, DemoYouth.HandedOver));
        Assert.Null(await StateOf(buf, DemoYouth.HandedOver));
    }

    private static async Task<string?> StateOf(GraphQLClient client, Guid citizen)
    {
        var nodes = (await client.PostAsync(States)).DataOrThrow()["youthHandovers"]!["nodes"]!.AsArray();
        return nodes.FirstOrDefault(n => n!["citizenId"]!.GetValue<string>() == citizen.ToString())?["state"]!.GetValue<string>();
    }

    public void Dispose() => host.Dispose();
}
