using System.Security.Claims;
using JobMatch.Graph.Access;

namespace JobMatch.Graph.Auth;

/// <summary>Who is asking: read from the bearer token's claims.</summary>
public sealed record Viewer(string? Subject, string? Name, string? Department, IReadOnlySet<Role> Roles, Guid? CitizenId)
{
    public static readonly Viewer Anonymous = new(null, null, null, new HashSet<Role>(), null);

    public bool IsAuthenticated => Subject is not null;

    public bool Has(Role role) => Roles.Contains(role);

    public static Viewer From(ClaimsPrincipal user, AuthOptions options)
    {
        if (user.Identity?.IsAuthenticated != true)
            return Anonymous;
        var subject = user.FindFirst("oid")?.Value ?? user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "unknown";
        var roles = user.FindAll(options.RoleClaim).Concat(user.FindAll(ClaimTypes.Role))
            .Select(c => ClaimValues.RoleOf(c.Value)).OfType<Role>().ToHashSet();
        // A department claim that names no department is not replaced by a group's: the token says something unknown.
        var department = user.FindFirst(options.DepartmentClaim) is { } claim
            ? ClaimValues.DepartmentOf(claim.Value)
            : user.FindAll("groups").Select(g => ClaimValues.DepartmentOf(options.DepartmentGroups.GetValueOrDefault(g.Value))).FirstOrDefault(d => d is not null);
        Guid? citizen = Guid.TryParse(user.FindFirst(options.CitizenClaim)?.Value, out var id) ? id : null;
        return new Viewer(subject, user.FindFirst("name")?.Value ?? user.Identity.Name, department, roles, citizen);
    }
}
