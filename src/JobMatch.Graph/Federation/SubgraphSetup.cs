using GraphQL;
using GraphQL.DI;

namespace JobMatch.Graph.Federation;

public static class SubgraphSetup
{
    /// <summary>Which part of the graph this host mounts (<see cref="SubgraphOptions"/>); the single host by default.</summary>
    public static WebApplicationBuilder AddJobMatchSubgraph(this WebApplicationBuilder builder)
    {
        var options = SubgraphOptions.From(builder.Configuration);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<SubgraphMount>();
        builder.Services.AddScoped<Plans.ReceivedPlanParts>();
        return builder;
    }

    /// <summary>A subgraph speaks Apollo Federation 2 (<c>_service</c>, <c>_entities</c>, <c>@key</c>, <c>@shareable</c>); the single host does not.</summary>
    public static IGraphQLBuilder AddJobMatchFederation(this IGraphQLBuilder graphql, IConfiguration configuration)
    {
        if (SubgraphOptions.From(configuration).IsSingleHost)
            return graphql;
        return graphql.AddFederation("2.3").AddSchemaVisitor<SubgraphShareableVisitor>();
    }
}
