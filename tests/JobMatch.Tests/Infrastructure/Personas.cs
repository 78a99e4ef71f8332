using JobMatch.Graph.Access;
using JobMatch.Graph.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Infrastructure;

/// <summary>Real tokens, signed with the host's own local key exactly as the token verb signs them.</summary>
public static class Personas
{
    public static string Token(this JobMatchHost host, string? department, Role role, Guid? citizen = null, TimeSpan? lifetime = null) =>
        host.Services.GetRequiredService<LocalSigningKey>().CreateToken(
            $"test:{department}:{role}:{citizen}", $"Test {department} {role}", department, [role.ToString()], citizen, lifetime ?? TimeSpan.FromHours(1));

    public static GraphQLClient GraphQLAs(this JobMatchHost host, string? department, Role role, Guid? citizen = null) =>
        host.GraphQL().As(host.Token(department, role, citizen));
}
