using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Graph.Auth;

namespace JobMatch.Graph.Ide;

/// <summary>
/// The demo personas a developer can be in the IDE, in Development only: <c>/graphql/?persona=sof-caseworker</c>
/// switches (and is remembered in a cookie); the IDE then sends a fresh token for the persona, and for
/// caseworkers a purpose, with every request.
/// </summary>
public sealed class DemoPersonas(LocalSigningKey key) : IIdePersonas
{
    public const string Cookie = "jobmatch-persona";
    public const string Default = "bif-caseworker";
    // ASCII: browsers send header values as Latin-1 bytes, which Kestrel refuses outside ASCII.
    private const string Purpose = "COORDINATED_PLAN";

    /// <param name="Operation">A sample operation (a file of schema/operations) the IDE opens with for the persona.</param>
    public sealed record Persona(string Name, string? Department, Role Role, string DisplayName, Guid? Citizen = null, string? Operation = null);

    public static readonly IReadOnlyList<Persona> All =
    [
        new("bif-caseworker", Departments.Employment, Role.Caseworker, "Anne Vestergaard (BIF, sagsbehandler)"),
        new("sof-caseworker", Departments.Social, Role.Caseworker, "Jonas Friis (SOF, socialrådgiver)"),
        new("suf-caseworker", Departments.Health, Role.Caseworker, "Helle Dam (SUF, sundhedskoordinator)"),
        new("buf-caseworker", Departments.Youth, Role.Caseworker, "Line Bach (BUF, sagsbehandler)"),
        new("analyst", Departments.Employment, Role.Analyst, "Demo analytiker (BIF)", Operation: "AnalystOutcomes.graphql"),
        new("auditor", null, Role.Auditor, "Demo revisor"),
        new("citizen", null, Role.Citizen, "Lars Poulsen (borger)", DemoCitizens.JobshopCitizen),
    ];

    public static Persona Chosen(HttpContext http) =>
        Find(http.Request.Query["persona"]) ?? Find(http.Request.Cookies[Cookie]) ?? Find(Default)!;

    public static Persona? Find(string? name) => All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    public string? DocumentFor(HttpContext http) =>
        Chosen(http).Operation is { } file && Path.Combine(AppContext.BaseDirectory, "operations", file) is var path && File.Exists(path) ? File.ReadAllText(path) : null;

    public IReadOnlyDictionary<string, string> HeadersFor(HttpContext http)
    {
        var persona = Chosen(http);
        var token = key.CreateToken($"demo:{persona.Name}", persona.DisplayName, persona.Department, [persona.Role.ToString()], persona.Citizen, TimeSpan.FromHours(8));
        var headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + token };
        if (persona.Role is Role.Caseworker or Role.Consultant)
            headers[RequestPurpose.Header] = Purpose;
        return headers;
    }
}
