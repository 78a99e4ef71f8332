namespace JobMatch.Graph.Access;

/// <summary>
/// The date consents, plans and statuses are judged on: today in Denmark, from the injected clock, so a test
/// fixes the day by replacing <see cref="TimeProvider"/> and a running server moves on at Danish midnight.
/// </summary>
public sealed class Calendar(TimeProvider clock)
{
    private static readonly TimeZoneInfo Denmark = FindDenmark();

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Denmark).DateTime);

    // Every supported platform ships the IANA zone; Windows without ICU knows it by its Windows name.
    private static TimeZoneInfo FindDenmark()
    {
        foreach (var id in new[] { "Europe/Copenhagen", "Romance Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
                return zone;
        }
        return TimeZoneInfo.Utc;
    }
}
