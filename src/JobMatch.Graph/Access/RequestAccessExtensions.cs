using GraphQL;
using JobMatch.Graph.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Access;

public static class RequestAccessExtensions
{
    /// <summary>The request's access decisions and its log of what was read.</summary>
    public static RequestAccess Access(this IResolveFieldContext context) =>
        (context.UserContext as GraphQLUserContext)?.Access ?? context.RequestServices!.GetRequiredService<RequestAccess>();
}
