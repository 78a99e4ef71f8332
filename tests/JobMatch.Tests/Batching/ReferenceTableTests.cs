using JobMatch.Data;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobMatch.Tests.Batching;

/// <summary>
/// The reference data's cache: read once, served from memory, refreshed in the background once it is old (a request
/// gets the previous table meanwhile, never waits), and kept while its source is down.
/// </summary>
public sealed class ReferenceTableTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed record Row(string Code, string Name);

    private readonly ManualClock clock = new();
    private int reads;
    private string name = "Jobcenter";
    private bool down;

    private ReferenceTable<Row> Table() => new(Source.Registry, _ =>
    {
        Interlocked.Increment(ref reads);
        return down ? throw new SqliteException("unable to open database file", 14) : Task.FromResult(new List<Row> { new("BIF", name) });
    }, r => r.Code, clock, NullLogger.Instance);

    [Fact]
    public async Task ATableIsReadOnceThenRefreshedInTheBackgroundOnceItIsOld()
    {
        var table = Table();

        Assert.Equal("Jobcenter", (await table.Find("BIF").GetResultAsync())!.Name);
        Assert.Null(await table.Find("SOF").GetResultAsync());
        Assert.Equal(1, reads);

        name = "Jobcenter Aarhus";
        clock.Now += ReferenceData.Lifetime;
        Assert.Equal("Jobcenter", (await table.Find("BIF").GetResultAsync())!.Name);
        await Eventually(() => table.Find("BIF").GetResultAsync().Result!.Name == "Jobcenter Aarhus");
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task WhileItsSourceIsDownTheLastTableStaysInUse()
    {
        var table = Table();
        await table.Find("BIF").GetResultAsync();

        down = true;
        clock.Now += ReferenceData.Lifetime;
        table.Find("BIF");
        await Eventually(() => reads == 2);

        Assert.Equal("Jobcenter", (await table.Find("BIF").GetResultAsync())!.Name);
    }

    [Fact]
    public async Task ATableNeverReadWithItsSourceDownNamesTheSource()
    {
        down = true;
        var table = Table();

        var error = await Assert.ThrowsAsync<SourceUnavailableError>(() => table.Find("BIF").GetResultAsync());

        Assert.Equal(Source.Registry, error.Unavailable);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
            await Task.Delay(10);
        Assert.True(condition());
    }
}
