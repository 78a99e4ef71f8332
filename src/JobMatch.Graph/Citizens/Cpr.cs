using GraphQL;

namespace JobMatch.Graph.Citizens;

/// <summary>CPR numbers as callers type them.</summary>
public static class Cpr
{
    /// <summary>Ten digits, without the hyphen; anything else is a caller's error.</summary>
    public static string Normalize(string cpr)
    {
        var digits = cpr.Trim().Replace("-", "", StringComparison.Ordinal);
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
            throw new ExecutionError("'cpr' must be ten digits, optionally with a hyphen after the sixth (DDMMYY-XXXX).") { Code = "INVALID_CPR" };
        return digits;
    }
}
