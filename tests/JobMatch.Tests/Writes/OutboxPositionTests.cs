using JobMatch.Graph.Changes;

namespace JobMatch.Tests.Writes;

/// <summary>
/// The feed's place in an outbox: on PostgreSQL an id is taken at insert and the row shows at commit, so id 11 can
/// appear after 12 was read. The place waits below such a gap, so 11 is still announced, and gives a gap up (a
/// rolled-back insert) only after the grace period.
/// </summary>
public sealed class OutboxPositionTests
{
    private static readonly DateTime T0 = new(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void AnIdThatCommitsAfterALaterOneIsStillReadAndTheFloorThenPassesBoth()
    {
        var position = new OutboxFeed.Position(10);

        Assert.True(position.Seen.Add(12));
        position.Advance(T0);
        Assert.Equal(10, position.Floor);

        Assert.True(position.Seen.Add(11));
        Assert.False(position.Seen.Add(12));
        position.Advance(T0.AddSeconds(1));

        Assert.Equal(12, position.Floor);
        Assert.Empty(position.Seen);
    }

    [Fact]
    public void AGapThatNeverFillsIsGivenUpAfterTheGraceAndNotBefore()
    {
        var position = new OutboxFeed.Position(10);
        position.Seen.Add(12);
        position.Seen.Add(13);

        position.Advance(T0);
        position.Advance(T0 + OutboxFeed.GapGrace - TimeSpan.FromMilliseconds(1));
        Assert.Equal(10, position.Floor);

        position.Advance(T0 + OutboxFeed.GapGrace);
        Assert.Equal(13, position.Floor);
        Assert.Empty(position.Seen);
    }

    [Fact]
    public void InOrderIdsMoveTheFloorAtOnce()
    {
        var position = new OutboxFeed.Position(0);
        foreach (var id in new long[] { 1, 2, 3 })
            position.Seen.Add(id);

        position.Advance(T0);

        Assert.Equal(3, position.Floor);
    }
}
