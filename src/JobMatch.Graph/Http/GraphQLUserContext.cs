using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Http;

/// <summary>
/// The engine's user context for one request: it carries the request's access decisions and batch loaders,
/// which nearly every field reaches for. Resolving them from the request's service scope takes that scope's
/// lock on every call, and resolvers of one request run on several threads at once.
/// </summary>
public sealed class GraphQLUserContext(RequestAccess access, IServiceProvider requestServices, bool fromGateway = false) : Dictionary<string, object?>
{
    private BatchLoaderContext? loaders;

    public RequestAccess Access { get; } = access;

    /// <summary>The request carried the gateway's credential (<see cref="GatewayCredential"/>): it may run the gateway's own documents.</summary>
    public bool FromGateway { get; } = fromGateway;

    // Scoped: every thread that gets here first resolves the same instance.
    public BatchLoaderContext Loaders => loaders ??= requestServices.GetRequiredService<BatchLoaderContext>();
}
