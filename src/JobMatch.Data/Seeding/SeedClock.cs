namespace JobMatch.Data.Seeding;

/// <summary>
/// The seed's "today": the day the data set is built for. Dates that matter for "now" (plans, placements, the
/// last months of a case) are drawn relative to it, so a demo seeded next year still shows current plans; legal
/// dates (the reforms) stay fixed. The same day and count always give the same rows.
/// </summary>
internal static class SeedClock
{
    /// <summary>The day the showcase citizens' hand-written dates were written around; on it they read as written.</summary>
    public static readonly DateOnly Anchor = new(2026, 12, 1);

    // The day is ambient for one Build only, so the many static profile helpers need not pass it around; it
    // flows with the (synchronous) build and never leaks to another seed running beside it.
    private static readonly AsyncLocal<DateOnly?> Day = new();

    public static DateOnly Today => Day.Value ?? Anchor;

    /// <summary>Moves a showcase date written for <see cref="Anchor"/> to the same distance from <see cref="Today"/>.</summary>
    public static DateOnly Shift(DateOnly writtenForAnchor) => writtenForAnchor.AddDays(Today.DayNumber - Anchor.DayNumber);

    public static IDisposable On(DateOnly today)
    {
        var previous = Day.Value;
        Day.Value = today;
        return new Restore(previous);
    }

    /// <summary>Planned before it starts, Completed after its last day, otherwise Active (the last day is included).</summary>
    public static PlanStatus StatusOf(DateOnly from, DateOnly? to) => PlanDates.StatusOn(Today, from, to);

    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private sealed class Restore(DateOnly? previous) : IDisposable
    {
        public void Dispose() => Day.Value = previous;
    }
}
