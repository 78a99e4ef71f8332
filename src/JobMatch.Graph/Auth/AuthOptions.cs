namespace JobMatch.Graph.Auth;

/// <summary>How tokens map to viewers. Bound from <c>JobMatch:Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "JobMatch:Auth";

    /// <summary>The local signing key, base64 (at least 32 bytes). When empty, Development makes one in the data folder; elsewhere the host refuses to start without it or an <c>AzureAd</c> section.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "jobmatch-local";
    public string Audience { get; set; } = "jobmatch";

    /// <summary>The claim that carries the viewer's roles (Entra ID app roles arrive as "roles").</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim that carries the department code (BIF, SOF, SUF or BUF).</summary>
    public string DepartmentClaim { get; set; } = "department";

    /// <summary>Entra ID group object ids mapped to departments, for tenants that model departments as groups.</summary>
    public Dictionary<string, string> DepartmentGroups { get; set; } = [];

    /// <summary>The claim that carries a citizen's person id, for tokens with the Citizen role.</summary>
    public string CitizenClaim { get; set; } = "citizen_id";
}
