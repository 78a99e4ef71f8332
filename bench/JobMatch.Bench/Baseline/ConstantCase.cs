using System.Collections.Frozen;
using System.Text.Json;
using JobMatch.Data.Employment;

namespace JobMatch.Bench.Baseline;

/// <summary>Enum values as GraphQL names them (WageSubsidy → WAGE_SUBSIDY), computed once per type.</summary>
public static class ConstantCase<T> where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> Names =
        Enum.GetValues<T>().ToFrozenDictionary(v => v, v => GraphQLNames.Renamed.TryGetValue(v, out var name) ? name : JsonNamingPolicy.SnakeCaseUpper.ConvertName(v.ToString()));

    public static string Of(T value) => Names[value];
}

/// <summary>The values the schema names otherwise than their C# name: a skånejob is SKAANEJOB, not SHELTERED_JOB (SOF's § 103).</summary>
public static class GraphQLNames
{
    public static readonly FrozenDictionary<Enum, string> Renamed = new Dictionary<Enum, string>
    {
        [PlacementKind.ShelteredJob] = "SKAANEJOB",
    }.ToFrozenDictionary();
}
