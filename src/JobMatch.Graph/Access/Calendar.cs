using System.Globalization;

namespace JobMatch.Graph.Access;

/// <summary>
/// The date consents and plans are judged on: today, or a fixed <c>JobMatch:Today</c> so a demo or a test
/// sees the same validity whatever day it runs.
/// </summary>
public sealed class Calendar(TimeProvider clock, IConfiguration configuration)
{
    private readonly DateOnly? fixedToday = DateOnly.TryParse(configuration["JobMatch:Today"], CultureInfo.InvariantCulture, out var day) ? day : null;

    public DateOnly Today => fixedToday ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
