using JobMatch.Graph.Outcomes;

namespace JobMatch.Tests.Outcomes;

/// <summary>The disclosure step on hand-made populations: what it withholds, what it rounds, and what it does not blank.</summary>
public sealed class DisclosureTests
{
    private static readonly DateOnly Snapshot = new(2026, 12, 1);

    private static OutcomeSubject Subject(string district, bool works, bool participant = true) =>
        new(participant, new DateOnly(2024, 1, 15), "FOEP", district, "SOF", 1, works ? [new WorkSpell(new DateOnly(2023, 1, 1), null, 12)] : [], []);

    private static OutcomeTable Disclosed(IEnumerable<OutcomeSubject> subjects) =>
        Disclosure.Apply(OutcomeCalculator.Calculate(subjects.ToList(), Snapshot, [12], steps: 1));

    [Fact]
    public void AShareOfEveryoneIsPublishedAndRounded()
    {
        var table = Disclosed(Enumerable.Range(0, 12).Select(_ => Subject("Valby", works: true)));

        Assert.Equal(new Published(10, 10, 100, null), Disclosure.Publish(table.Total.Participants.Moments[0].Employed));
        Assert.Equal(10, Disclosure.Publish(table.StepsReached[0]).Count);
        Assert.Equal(12.0, Disclosure.Publish(table.Total.Participants.Moments[0].HoursPerWeek).Mean);
    }

    [Fact]
    public void ACountUnderFiveIsWithheldAndSoIsTheNextSmallestCellOfItsBreakdown()
    {
        var subjects = Enumerable.Range(0, 20).Select(i => Subject("Valby", works: i < 12))
            .Concat(Enumerable.Range(0, 9).Select(i => Subject("Vanløse", works: i < 6)))
            .Concat(Enumerable.Range(0, 3).Select(_ => Subject("Indre By", works: true)));
        var table = Disclosed(subjects);
        var districts = table.Breakdowns[OutcomeDimension.District].ToDictionary(c => c.Key, c => c.Participants);

        Assert.Null(Disclosure.Publish(districts["Indre By"].Citizens).Count);
        // Vanløse is withheld too, though it holds 9: else the total (30) minus Valby (20) would give Indre By away.
        Assert.Null(Disclosure.Publish(districts["Vanløse"].Citizens).Count);
        Assert.Equal(20, Disclosure.Publish(districts["Valby"].Citizens).Count);
        Assert.Equal(30, Disclosure.Publish(table.Total.Participants.Citizens).Count);
        Assert.All(table.Figures, f => Assert.True(f.Judged));
    }

    [Fact]
    public void AnUnjudgedFigureIsNeverPublished()
    {
        var table = OutcomeCalculator.Calculate([.. Enumerable.Range(0, 8).Select(_ => Subject("Valby", works: true))], Snapshot, [0]);

        Assert.Throws<InvalidOperationException>(() => Disclosure.Publish(table.Total.Participants.Citizens));
    }
}
