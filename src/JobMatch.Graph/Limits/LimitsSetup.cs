using System.Threading.RateLimiting;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation.Rules.Custom;
using JobMatch.Graph.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace JobMatch.Graph.Limits;

public static class LimitsSetup
{
    public const string RatePolicy = "graphql";

    /// <summary>The validation rules, complexity, timeout and trusted documents, each from <see cref="LimitsOptions"/>, and the cache of validated documents.</summary>
    public static IGraphQLBuilder AddJobMatchLimits(this IGraphQLBuilder graphql, IConfiguration configuration, IHostEnvironment environment) => graphql
        .AddValidationRule<MaxDepthRule>()
        .AddValidationRule<MaxAliasesRule>()
        // Depth and aliases are the document's alone; who may introspect depends on the caller, so that rule runs
        // on every request, also for a document the cache already knows (ValidatedDocumentCache).
        .AddValidationRule<IntrospectionRule>(useForCachedDocuments: true)
        .AddComplexityAnalyzer((complexity, services) =>
        {
            var limits = services.GetRequiredService<IOptions<LimitsOptions>>().Value;
            complexity.MaxComplexity = limits.MaxComplexity;
            complexity.MaxDepth = null; // MaxDepthRule counts depth, sparing introspection.
            complexity.DefaultComplexityImpactDelegate = context => ComplexityImpact.Of(context, limits);
        })
        // A page's cost depends on its variables (first: $n): complexity is checked on every request too.
        .ConfigureExecutionOptions(options => options.CachedDocumentValidationRules =
            [.. options.CachedDocumentValidationRules ?? [], .. options.ValidationRules?.OfType<ComplexityValidationRule>() ?? []])
        .ConfigureExecutionOptions(options =>
        {
            var limits = options.RequestServices!.GetRequiredService<IOptions<LimitsOptions>>().Value;
            options.Timeout = TimeSpan.FromSeconds(limits.ExecutionTimeoutSeconds);
            options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
        })
        .UsePersistedDocuments<TrustedDocuments>(GraphQL.DI.ServiceLifetime.Singleton, options =>
        {
            // The handler turns an id into its document; whether a request may send a document of its own is decided
            // per request, before it (TrustedDocumentsOnly).
            options.AllowOnlyPersistedDocuments = false;
            options.AllowedPrefixes.Clear();
            options.AllowedPrefixes.Add("sha256");
        })
        .ConfigureExecution(new TrustedDocumentsOnly(TrustedDocumentsOnly.Applies(configuration, environment)))
        .ConfigureExecution<ValidatedDocumentCache>();

    /// <summary>
    /// A fixed window per user; without a token, per client address and within one budget shared by all such requests
    /// (<see cref="AnonymousBudget"/>). 429 with Retry-After beyond either.
    /// </summary>
    public static IServiceCollection AddJobMatchRateLimiting(this IServiceCollection services) => services.AddSingleton<AnonymousBudget>().AddRateLimiter(rate =>
    {
        rate.AddPolicy(RatePolicy, http =>
        {
            var limits = http.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value;
            var window = new FixedWindowRateLimiterOptions { PermitLimit = limits.RequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };
            // Only a validated token names a user: a request with a bad token is answered 401 as a stranger's.
            var user = http.User.Identity?.IsAuthenticated == true ? http.User.FindFirst("oid")?.Value ?? http.User.FindFirst("sub")?.Value : null;
            if (user is not null)
                return RateLimitPartition.GetFixedWindowLimiter("user:" + user, _ => window);
            var budget = http.RequestServices.GetRequiredService<AnonymousBudget>();
            return RateLimitPartition.Get("address:" + http.Connection.RemoteIpAddress, _ => budget.For(new FixedWindowRateLimiter(window)));
        });
        rate.OnRejected = async (context, ct) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
            context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await context.HttpContext.Response.WriteAsJsonAsync(new
            {
                errors = new[] { new { message = $"Too many requests: try again in {retryAfter} s.", extensions = new { code = LimitErrors.RateLimited } } },
            }, ct);
        };
    });
}
