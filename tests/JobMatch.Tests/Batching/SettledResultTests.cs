using GraphQL.DataLoader;
using JobMatch.Graph.Batching;

namespace JobMatch.Tests.Batching;

/// <summary>
/// A loader result that is already known reaches GraphQL.NET as its value, so the engine completes the field in the same
/// pass; one still to be fetched stays a loader result, so its batch still gathers every key of the level.
/// </summary>
public sealed class SettledResultTests
{
    [Fact]
    public void AKnownResultAndWhatIsMappedFromItSettleToTheirValues()
    {
        Assert.Equal(2, DataLoaderResults.Settled(DataLoaderResults.Completed(2)));
        Assert.Equal("3", DataLoaderResults.Settled(DataLoaderResults.Completed(2).Then(n => (n + 1).ToString())));
        Assert.Equal("plain", DataLoaderResults.Settled("plain"));
        Assert.Null(DataLoaderResults.Settled(null));
    }

    [Fact]
    public async Task AResultStillToComeStaysALoaderResultAndMapsWhenItArrives()
    {
        var mapped = 0;
        var later = DataLoaderResults.FromTask(_ => Task.FromResult(2)).Then(n => { mapped++; return n * 10; });

        Assert.IsAssignableFrom<IDataLoaderResult>(DataLoaderResults.Settled(later));
        Assert.Equal(0, mapped);
        Assert.Equal(20, await later.GetResultAsync());
        Assert.Equal(1, mapped);
    }

    [Fact]
    public async Task AKeyAskedForAfterItsBatchRanIsKnownAndNeedsNoFetch()
    {
        var fetches = new List<IReadOnlyCollection<int>>();
        var loader = new BatchLoader<int, string>((keys, _) =>
        {
            fetches.Add([.. keys]);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"row {k}"));
        }, "missing");

        var first = loader.Load(1);
        var second = loader.Load(2);
        // Before the batch runs, both keys wait for it: one fetch for the level.
        Assert.IsAssignableFrom<IDataLoaderResult>(DataLoaderResults.Settled(first));
        Assert.Equal("row 1", await first.GetResultAsync());
        Assert.Equal("row 2", await second.GetResultAsync());

        Assert.Equal("row 2", DataLoaderResults.Settled(loader.Load(2)));
        Assert.Equal("row 1", DataLoaderResults.Settled(loader.Load(1).Then(r => r)));
        Assert.Single(fetches);
        Assert.Equal([1, 2], fetches[0].Order());
    }

    [Fact]
    public async Task AKeyOfABatchThatFailedIsNotKnownAndFailsAgainWhenAsked()
    {
        var loader = new BatchLoader<int, string>((_, _) => Task.FromException<IReadOnlyDictionary<int, string>>(new InvalidOperationException("source down")), "missing");
        var first = loader.Load(1);
        await Assert.ThrowsAsync<InvalidOperationException>(() => first.GetResultAsync());

        var again = loader.Load(1);
        Assert.IsAssignableFrom<IDataLoaderResult>(DataLoaderResults.Settled(again));
        await Assert.ThrowsAsync<InvalidOperationException>(() => again.GetResultAsync());
    }
}
