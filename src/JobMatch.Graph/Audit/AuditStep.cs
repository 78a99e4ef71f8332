using GraphQL;
using GraphQL.DI;
using JobMatch.Graph.Access;
using JobMatch.Graph.Http;
using JobMatch.Graph.Limits;
using JobMatch.Graph.Requests;
using Microsoft.Extensions.Options;

namespace JobMatch.Graph.Audit;

/// <summary>
/// Writes the request's access records once it has executed and before its result leaves, whatever transport
/// runs it: without its records no personal data may leave, so a failed write replaces the result with
/// <c>AUDIT_UNAVAILABLE</c> and no data.
/// </summary>
public sealed class AuditStep(AuditWriter writer, IOptions<LimitsOptions> limits, ILogger<AuditStep> logger) : IConfigureExecution
{
    public const string Unavailable = "AUDIT_UNAVAILABLE";

    /// <summary>The longest operation name the log keeps: a name is chosen by the caller.</summary>
    public const int MaxOperationName = 100;

    // Outermost: it sees the result of everything else, the trusted-document handler included.
    public float SortOrder => 10;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var access = (options.UserContext as GraphQLUserContext)?.Access
            ?? throw new InvalidOperationException("A JobMatch request runs with a GraphQLUserContext that carries its RequestAccess.");
        var result = await next(options);
        if (ToAudit(access, result.Operation?.Name?.StringValue ?? options.OperationName) is not { } audited)
            return result;
        try
        {
            // Not the request's token: what was read is logged even if the caller has gone. Bounded by the time a
            // request may run: a locked audit store answers AUDIT_UNAVAILABLE instead of holding the request.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(limits.Value.ExecutionTimeoutSeconds));
            await writer.WriteAsync(audited, timeout.Token);
            return result;
        }
        catch (Exception e)
        {
            logger.LogError("The access log could not be written for request {CorrelationId}; the response carries no data: {Cause}", access.Request.CorrelationId, e.Message);
            return new ExecutionResult
            {
                Errors = [new RequestRefusal(Unavailable, $"The access log is unavailable, so no personal data can be returned. Try again later (correlation id {access.Request.CorrelationId}).", StatusCodes.Status503ServiceUnavailable)],
            };
        }
    }

    /// <summary>What the log keeps of a request; null when it touched no personal data.</summary>
    public static AuditedRequest? ToAudit(RequestAccess access, string? operationName)
    {
        var viewer = access.Viewer;
        var name = operationName is { Length: > MaxOperationName } ? operationName[..MaxOperationName] : operationName;
        if (!viewer.IsAuthenticated)
        {
            // One small record, whatever the request asked: who (nobody) and when, nothing the caller chose but the name.
            return access.AnonymousAsked ? new AuditedRequest(access.Request.CorrelationId, "anonymous", null, null, "", name, null, null, []) : null;
        }
        var entries = access.Entries;
        if (entries.Count == 0)
            return null;
        return new AuditedRequest(
            access.Request.CorrelationId, viewer.Subject!, viewer.Name, viewer.Department, string.Join(",", viewer.Roles.Order()),
            name, access.Request.Purpose?.Code, access.Request.PurposeNote,
            entries.OrderBy(e => e.CitizenId).ThenBy(e => e.Category).ThenBy(e => e.Operation).ThenBy(e => e.Allowed).ThenBy(e => e.Criterion, StringComparer.Ordinal)
                .Select(e => new AuditedAccess(e.CitizenId, e.Category.ToString(), e.Operation.ToString(), e.Allowed, e.Criterion, e.OutsideCaseload))
                .ToList());
    }
}
