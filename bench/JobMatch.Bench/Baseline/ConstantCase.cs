using System.Collections.Frozen;
using System.Text.Json;

namespace JobMatch.Bench.Baseline;

/// <summary>Enum values as GraphQL names them (WageSubsidy → WAGE_SUBSIDY), computed once per type.</summary>
public static class ConstantCase<T> where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> Names =
        Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.SnakeCaseUpper.ConvertName(v.ToString()));

    public static string Of(T value) => Names[value];
}
