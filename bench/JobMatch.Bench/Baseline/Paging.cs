using System.Text.Json;

namespace JobMatch.Bench.Baseline;

/// <summary>
/// Page sizes and keyset cursors as the graph's <c>citizens</c> connection has them, so a client can switch sides:
/// a cursor is the base64 of ["citizen", the order, the row's sort values…, its id].
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static string Cursor(string order, params string[] values) => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes((string[])["citizen", order, .. values]));

    /// <summary>The sort values of a cursor of this order (the id last), or null when it is not one.</summary>
    public static string[]? Values(string cursor, string order, int count)
    {
        try
        {
            var parts = JsonSerializer.Deserialize<string[]>(Convert.FromBase64String(cursor));
            return parts is { Length: > 2 } && parts.Length == count + 2 && parts[0] == "citizen" && parts[1] == order && parts.All(p => p is not null) ? parts[2..] : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
