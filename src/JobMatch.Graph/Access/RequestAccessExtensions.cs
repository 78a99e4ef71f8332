using GraphQL;
using JobMatch.Graph.Http;

namespace JobMatch.Graph.Access;

public static class RequestAccessExtensions
{
    /// <summary>The request's access decisions and its log of what was read.</summary>
    public static RequestAccess Access(this IResolveFieldContext context) =>
        (context.UserContext as GraphQLUserContext)?.Access
        ?? throw new InvalidOperationException("A JobMatch request runs with a GraphQLUserContext that carries its RequestAccess.");
}
