using System.Text;

namespace JobMatch.Bench.Baseline;

/// <summary>Page sizes and cursors as the graph's <c>citizens</c> connection has them, so a client can switch sides.</summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static string Cursor(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"citizen:{position}"));

    public static int? Offset(string? after)
    {
        if (after is null)
            return 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(after));
            if (text.StartsWith("citizen:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(8), out var position) && position >= 0)
                return position + 1;
        }
        catch (FormatException)
        {
        }
        return null;
    }
}
