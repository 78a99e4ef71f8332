namespace JobMatch.Graph.Access;

/// <summary>The four departments, the unit of authorization, and the detail category each owns.</summary>
public static class Departments
{
    public const string Employment = "BIF";
    public const string Social = "SOF";
    public const string Health = "SUF";
    public const string Youth = "BUF";

    public static readonly IReadOnlyList<string> All = [Employment, Social, Health, Youth];

    /// <summary>The departments in the order of their codes (ordinal), as lists of them are given.</summary>
    public static readonly IReadOnlyList<string> Ordered = [.. All.Order(StringComparer.Ordinal)];

    /// <summary>The department's own detail category.</summary>
    public static readonly IReadOnlyDictionary<string, DataCategory> DetailOf = new Dictionary<string, DataCategory>
    {
        [Employment] = DataCategory.EmploymentDetail,
        [Social] = DataCategory.SocialDetail,
        [Health] = DataCategory.HealthDetail,
        [Youth] = DataCategory.YouthDetail,
    };

    public static bool IsDepartment(string? code) => code is not null && DetailOf.ContainsKey(code);
}
