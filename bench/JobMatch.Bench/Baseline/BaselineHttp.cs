using System.Diagnostics;
using System.Text.Json.Serialization.Metadata;
using JobMatch.Graph.Access;
using JobMatch.Graph.Audit;

namespace JobMatch.Bench.Baseline;

/// <summary>
/// What every hand-written endpoint does around its queries, the same work the GraphQL endpoint does: a correlation
/// id, the bearer token (validated by the same ASP.NET Core authentication), the purpose header, and the access
/// records written to the audit log before the response leaves.
/// </summary>
public static class BaselineHttp
{
    public static string Begin(HttpContext http)
    {
        var correlationId = Activity.Current?.TraceId.ToHexString() ?? http.TraceIdentifier;
        http.Response.Headers["X-Correlation-Id"] = correlationId;
        return correlationId;
    }

    /// <summary>A token that fails validation is an error, never a silent fall-back to anonymous (as in GraphQL).</summary>
    public static bool HasInvalidToken(HttpContext http) =>
        !string.IsNullOrEmpty(http.Request.Headers.Authorization) && http.User.Identity?.IsAuthenticated != true;

    public static RequestAccess Access(HttpContext http, string operationName)
    {
        var access = http.RequestServices.GetRequiredService<RequestAccess>();
        access.OperationName = operationName;
        var purpose = http.Request.Headers[RequestPurpose.Header].ToString();
        access.Purpose = string.IsNullOrEmpty(purpose) ? null : purpose;
        return access;
    }

    public static Task RefuseAsync(HttpContext http, int status, string correlationId, string message, string code)
    {
        if (status == StatusCodes.Status401Unauthorized)
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return WriteAsync(http, status, new ErrorOnly([new ErrorDto(message, null, new ErrorExtensions(code))], new ErrorEnvelopeExtensions(correlationId)), BaselineJson.Default.ErrorOnly);
    }

    /// <summary>Writes the access records; without them no personal data may leave (503, as in GraphQL).</summary>
    public static async Task<bool> AuditAsync(HttpContext http, RequestAccess access, string correlationId)
    {
        try
        {
            await http.RequestServices.GetRequiredService<AuditWriter>().WriteAsync(access, correlationId, CancellationToken.None);
            return true;
        }
        catch (Exception e)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("JobMatch.Bench.Baseline")
                .LogError(e, "The access log could not be written for request {CorrelationId}; the response carries no data", correlationId);
            await RefuseAsync(http, StatusCodes.Status503ServiceUnavailable, correlationId,
                $"The access log is unavailable, so no personal data can be returned. Try again later (correlation id {correlationId}).", "AUDIT_UNAVAILABLE");
            return false;
        }
    }

    public static async Task WriteAsync<T>(HttpContext http, int status, T value, JsonTypeInfo<T> info)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await System.Text.Json.JsonSerializer.SerializeAsync(http.Response.Body, value, info, http.RequestAborted);
    }

    public static ErrorDto Denied(AccessDecision decision, params object[] path) =>
        new(decision.Message ?? "Not authorized.", path, new ErrorExtensions(decision.Code ?? AccessDecision.NotAuthorized));
}
