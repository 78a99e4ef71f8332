using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using JobMatch.Data.Diagnostics;
using JobMatch.Graph.Access;
using JobMatch.Graph.Audit;
using JobMatch.Graph.Limits;
using JobMatch.Graph.Telemetry;
using Microsoft.Extensions.Options;

namespace JobMatch.Graph.Http;

/// <summary>
/// GraphQL over HTTP on one path, as the GraphQL-over-HTTP spec says: POST with application/json, GET for
/// queries, the response type by Accept, and 400/405/406/415 where the spec asks for them.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string Path = "/graphql";

    /// <summary>The response header that carries the request's correlation id (its trace id), also in the log.</summary>
    public const string CorrelationHeader = "X-Correlation-Id";

    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], HandleAsync).DisableAntiforgery().RequireRateLimiting(LimitsSetup.RatePolicy);
        return app;
    }

    private static async Task HandleAsync(
        HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, SchemaDocument sdl,
        IHostEnvironment environment, RequestAccess access, AuditWriter audit, IOptions<LimitsOptions> limitOptions, ILogger<GraphQLRequest> logger)
    {
        var correlationId = Activity.Current?.TraceId.ToHexString() ?? http.TraceIdentifier;
        http.Response.Headers[CorrelationHeader] = correlationId;
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && request.Query.ContainsKey("sdl"))
        {
            await Results.Text(sdl.Text, "text/plain; charset=utf-8").ExecuteAsync(http);
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(request.Headers.Accept.ToArray()!);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json,
                $"Accept must allow {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.", "NOT_ACCEPTABLE");
            return;
        }
        if (!isGet && !GraphQLMediaTypes.IsJsonBody(request.ContentType))
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status415UnsupportedMediaType, mediaType,
                "Send the request body as application/json (UTF-8).", "UNSUPPORTED_MEDIA_TYPE");
            return;
        }

        if (!string.IsNullOrEmpty(request.Headers.Authorization) && http.User.Identity?.IsAuthenticated != true)
        {
            // A token that fails validation is an error, never a silent fall-back to anonymous.
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteErrorAsync(http, serializer, StatusCodes.Status401Unauthorized, mediaType,
                "The bearer token is invalid or expired; get a new one.", "AUTH_INVALID_TOKEN");
            return;
        }

        var limits = limitOptions.Value;
        if (!isGet && request.ContentLength > limits.MaxBodyBytes)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status413PayloadTooLarge, mediaType, $"The request body is larger than {limits.MaxBodyBytes} bytes.", LimitErrors.BodyTooLarge);
            return;
        }

        var (graphQLRequest, problem) = isGet ? ReadQueryString(request, serializer) : await ReadBodyAsync(request, serializer, limits.MaxBodyBytes, http.RequestAborted);
        if (graphQLRequest is null)
        {
            var tooLarge = problem == BodyTooLargeProblem;
            await WriteErrorAsync(http, serializer, tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, mediaType,
                tooLarge ? $"The request body is larger than {limits.MaxBodyBytes} bytes." : problem!, tooLarge ? LimitErrors.BodyTooLarge : "BAD_REQUEST");
            return;
        }
        if (isGet && limits.RequireGetPreflight && !HasPreflightHeader(request))
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, mediaType,
                "A GET must carry a header that needs a CORS preflight (Authorization, or 'GraphQL-Require-Preflight: 1'), so no other site can send it on a user's behalf.",
                LimitErrors.PreflightRequired);
            return;
        }
        if (graphQLRequest.Query?.Length > limits.MaxDocumentLength)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, mediaType,
                $"The document is {graphQLRequest.Query.Length} characters long; at most {limits.MaxDocumentLength} are allowed. Long-lived front ends can send a trusted document id instead.",
                LimitErrors.DocumentTooLarge);
            return;
        }

        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["CorrelationId"] = correlationId, ["OperationName"] = graphQLRequest.OperationName });
        access.OperationName = graphQLRequest.OperationName;
        access.Purpose = RequestPurpose.From(request.Headers[RequestPurpose.Header].ToString(), graphQLRequest.Extensions);

        var started = Stopwatch.GetTimestamp();
        var statements = SqlStatementLog.Begin();
        var options = new ExecutionOptions
        {
            Query = graphQLRequest.Query,
            DocumentId = graphQLRequest.DocumentId,
            OperationName = graphQLRequest.OperationName,
            Variables = graphQLRequest.Variables,
            Extensions = graphQLRequest.Extensions,
            User = http.User,
            RequestServices = http.RequestServices,
            UserContext = new GraphQLUserContext(access, http.RequestServices),
            CancellationToken = http.RequestAborted,
            UnhandledExceptionDelegate = context =>
            {
                if (SourceUnavailableError.IsOutage(context.OriginalException) && SourceFailureTagger.SourceOf(context.OriginalException) is { } source)
                {
                    logger.LogWarning(context.OriginalException, "The {Source} source is unavailable (correlation id {CorrelationId})", source, correlationId);
                    context.Exception = new SourceUnavailableError(source, context.OriginalException);
                    return Task.CompletedTask;
                }
                logger.LogError(context.OriginalException, "Unexpected error in {Field} of operation {OperationName} (correlation id {CorrelationId})",
                    context.FieldContext?.FieldDefinition.Name, graphQLRequest.OperationName, correlationId);
                context.ErrorMessage = $"An unexpected error occurred. Quote correlation id {correlationId} when you report it.";
                return Task.CompletedTask;
            },
        };
        if (isGet)
        {
            options.ValidationRules = DocumentValidator.CoreRules.Append(NoMutationOverGetRule.Instance);
            options.CachedDocumentValidationRules = [NoMutationOverGetRule.Instance];
        }
        var result = await executer.ExecuteAsync(options);

        try
        {
            // Not the request's token (what was read is logged even if the caller has gone), but no longer than a
            // request may run: a locked audit store answers AUDIT_UNAVAILABLE instead of holding the request.
            using var auditTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(limitOptions.Value.ExecutionTimeoutSeconds));
            await audit.WriteAsync(access, correlationId, auditTimeout.Token);
        }
        catch (Exception e)
        {
            // Without its audit record no personal data may leave.
            logger.LogError(e, "The access log could not be written for request {CorrelationId}; the response carries no data", correlationId);
            await WriteErrorAsync(http, serializer, StatusCodes.Status503ServiceUnavailable, mediaType,
                $"The access log is unavailable, so no personal data can be returned. Try again later (correlation id {correlationId}).", "AUDIT_UNAVAILABLE");
            return;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        JobMatchTelemetry.RequestDone(graphQLRequest.OperationName, elapsed, result.Errors?.Count > 0);
        if (result.Errors?.Count > 0)
            (result.Extensions ??= [])["correlationId"] = correlationId;
        if (environment.IsDevelopment())
            (result.Extensions ??= [])["diagnostics"] = RequestDiagnostics.Describe(statements, elapsed);

        if (isGet && result.Errors?.Any(e => e.Code == NoMutationOverGetRule.Code) == true)
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await WriteAsync(http, serializer, StatusCodes.Status405MethodNotAllowed, mediaType, result);
            return;
        }
        // With graphql-response+json a request that never executed (parse or validation failure) is the client's error.
        var status = mediaType == GraphQLMediaTypes.GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await WriteAsync(http, serializer, status, mediaType, result);
    }

    private static (GraphQLRequest? Request, string? Problem) ReadQueryString(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        string? query = request.Query["query"];
        string? documentId = request.Query["documentId"];
        if (string.IsNullOrWhiteSpace(query) && string.IsNullOrWhiteSpace(documentId))
            return (null, "A GET request needs a 'query' parameter with the GraphQL document.");
        try
        {
            return (new GraphQLRequest
            {
                Query = query,
                DocumentId = documentId,
                OperationName = NullIfEmpty(request.Query["operationName"]),
                Variables = NullIfEmpty(request.Query["variables"]) is { } variables ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = NullIfEmpty(request.Query["extensions"]) is { } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
            }, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            return (null, "'variables' and 'extensions' must be JSON objects.");
        }
    }

    private const string BodyTooLargeProblem = "body too large";

    private static bool HasPreflightHeader(HttpRequest request) =>
        !string.IsNullOrEmpty(request.Headers.Authorization)
        || !string.IsNullOrEmpty(request.Headers["GraphQL-Require-Preflight"])
        || !string.IsNullOrEmpty(request.Headers["Apollo-Require-Preflight"])
        || !string.IsNullOrEmpty(request.Headers["X-Apollo-Operation-Name"])
        || GraphQLMediaTypes.IsJsonBody(request.ContentType);

    private static async Task<(GraphQLRequest? Request, string? Problem)> ReadBodyAsync(HttpRequest request, IGraphQLTextSerializer serializer, int maxBytes, CancellationToken ct)
    {
        // Read at most one byte past the limit: a body without Content-Length cannot make us buffer more. The buffer
        // is pooled: a fresh one per request was an eighth of what a request allocated (issue 6).
        var limit = maxBytes + 1;
        var buffer = ArrayPool<byte>.Shared.Rent(limit);
        string body;
        try
        {
            var length = 0;
            int read;
            while (length < limit && (read = await request.Body.ReadAsync(buffer.AsMemory(length, limit - length), ct)) > 0)
                length += read;
            if (length > maxBytes)
                return (null, BodyTooLargeProblem);
            body = System.Text.Encoding.UTF8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        if (body.TrimStart().StartsWith('['))
            return (null, "Batched requests are not supported: send one operation per request.");
        GraphQLRequest? parsed;
        try
        {
            parsed = serializer.Deserialize<GraphQLRequest>(body);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            return (null, "The request body is not a valid GraphQL request: a JSON object with 'query' and optional 'operationName', 'variables' and 'extensions'.");
        }
        if (parsed is null || (string.IsNullOrWhiteSpace(parsed.Query) && string.IsNullOrWhiteSpace(parsed.DocumentId)))
            return (null, "The request body needs a 'query' with the GraphQL document.");
        return (parsed, null);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string mediaType, string message, string code) =>
        WriteAsync(http, serializer, status, mediaType, new ExecutionResult
        {
            Errors = [new ExecutionError(message) { Code = code }],
            Extensions = new() { ["correlationId"] = http.Response.Headers[CorrelationHeader].ToString() },
        });

    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string mediaType, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
