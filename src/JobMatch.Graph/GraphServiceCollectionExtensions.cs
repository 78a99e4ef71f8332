using GraphQL;
using JobMatch.Data;
using JobMatch.Graph.Access;
using JobMatch.Graph.Audit;
using JobMatch.Graph.Auth;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Http;
using JobMatch.Graph.Ide;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>The sources, the schema, its executer and the HTTP pieces around them.</summary>
    public static WebApplicationBuilder AddJobMatchGraph(this WebApplicationBuilder builder)
    {
        builder.Services.AddJobMatchData(builder.Configuration);
        builder.AddJobMatchAuthentication();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<BatchLoaderContext>();
        builder.Services.AddScoped<RequestAccess>();
        builder.Services.AddSingleton<AuditWriter>();
        builder.Services.AddSingleton<SchemaDocument>();
        builder.Services.AddHealthChecks().AddCheck<SourcesHealthCheck>("sources");
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<JobMatchSchema>()
            .AddGraphTypes(typeof(JobMatchSchema).Assembly)
            .AddSchemaVisitor<AccessGuardVisitor>()
            .AddSystemTextJson()
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = builder.Environment.IsDevelopment()));
        return builder;
    }

    public static WebApplication MapJobMatchGraph(this WebApplication app)
    {
        app.MapGraphQLEndpoint();
        app.MapIde();
        app.MapSourcesHealth();
        return app;
    }
}
