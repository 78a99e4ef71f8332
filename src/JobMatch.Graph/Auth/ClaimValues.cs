using System.Text;
using JobMatch.Graph.Access;

namespace JobMatch.Graph.Auth;

/// <summary>
/// Reads department and role claims as exactly one of the known values: compared ordinally, ignoring ASCII case
/// and nothing else. Culture or Unicode case folding would let other text through (<c>ſof</c> upper-cases to SOF),
/// and enum parsing would read numbers (<c>1</c>) and flag lists (<c>Consultant,Analyst</c>) as roles.
/// </summary>
public static class ClaimValues
{
    private static readonly string[] RoleNames = Enum.GetNames<Role>();

    /// <summary>The department code (BIF, SOF, SUF or BUF) the value names, or null.</summary>
    public static string? DepartmentOf(string? value) =>
        value is null ? null : Departments.All.FirstOrDefault(code => Ascii.EqualsIgnoreCase(code, value));

    /// <summary>The role the value names, or null.</summary>
    public static Role? RoleOf(string? value) =>
        value is not null && RoleNames.FirstOrDefault(name => Ascii.EqualsIgnoreCase(name, value)) is { } name
            ? Enum.Parse<Role>(name)
            : null;
}
