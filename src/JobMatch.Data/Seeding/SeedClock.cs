namespace JobMatch.Data.Seeding;

/// <summary>The seed's fixed "today": statuses are computed against it, so they read the same whenever the seed runs.</summary>
internal static class SeedClock
{
    public static readonly DateOnly Today = new(2026, 11, 1);

    /// <summary>Planned before it starts, Completed after its last day, otherwise Active (the last day is included).</summary>
    public static PlanStatus StatusOf(DateOnly from, DateOnly? to) =>
        from > Today ? PlanStatus.Planned
        : to is { } end && end < Today ? PlanStatus.Completed
        : PlanStatus.Active;

    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
