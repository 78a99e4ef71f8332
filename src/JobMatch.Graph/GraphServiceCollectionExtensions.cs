using GraphQL;
using JobMatch.Data;
using JobMatch.Graph.Access;
using JobMatch.Graph.Audit;
using JobMatch.Graph.Auth;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Federation;
using JobMatch.Graph.Http;
using JobMatch.Graph.Ide;
using JobMatch.Graph.Limits;
using JobMatch.Graph.Schema;
using JobMatch.Graph.Telemetry;

namespace JobMatch.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>The sources, the schema, its executer and the HTTP pieces around them.</summary>
    public static WebApplicationBuilder AddJobMatchGraph(this WebApplicationBuilder builder)
    {
        builder.Services.AddJobMatchData(builder.Configuration);
        builder.AddJobMatchAuthentication();
        builder.AddJobMatchSubgraph();
        builder.AddJobMatchTelemetry();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Calendar>();
        builder.Services.AddScoped<BatchLoaderContext>();
        builder.Services.AddSingleton<ReferenceData>();
        builder.Services.AddHostedService<ReferenceDataWarmup>();
        builder.Services.AddSingleton<PurposeVocabulary>();
        if (builder.Environment.IsDevelopment())
            builder.Services.AddSingleton<IIdePersonas, DemoPersonas>();
        builder.Services.AddSingleton<AuditWriter>();
        builder.Services.AddSingleton<Changes.OutboxFeed>();
        builder.Services.AddSingleton<SchemaDocument>();
        builder.Services.AddHealthChecks().AddCheck<SourcesHealthCheck>("sources", timeout: TimeSpan.FromSeconds(5));
        builder.Services.AddOptions<LimitsOptions>().Bind(builder.Configuration.GetSection(LimitsOptions.Section));
        builder.Services.AddJobMatchGatewayCredential();
        builder.Services.AddJobMatchRateLimiting();
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<JobMatchSchema>()
            .AddGraphTypes(typeof(JobMatchSchema).Assembly)
            .AddJobMatchFederation(builder.Configuration)
            // In this order: the guard wraps the settled resolver, so a field decided late still hands over a known value.
            .AddSchemaVisitor<SettledResultVisitor>()
            .AddSchemaVisitor<AccessGuardVisitor>()
            .ConfigureExecution<AuditStep>()
            .AddSystemTextJson()
            .AddJobMatchLimits(builder.Configuration, builder.Environment)
            .UseTelemetry()
            .AddErrorInfoProvider<JobMatchErrorInfoProvider>());
        return builder;
    }

    public static WebApplication MapJobMatchGraph(this WebApplication app)
    {
        app.UseJobMatchGatewayCredential();
        app.UseRateLimiter();
        app.MapGraphQLEndpoint();
        app.MapIde();
        app.MapSourcesHealth();
        return app;
    }
}
