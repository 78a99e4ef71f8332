using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using JobMatch.Data.Diagnostics;
using JobMatch.Graph.Access;
using JobMatch.Graph.Auth;
using JobMatch.Graph.Limits;
using JobMatch.Graph.Requests;
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

    /// <summary>GraphQL over SSE (graphql-sse, distinct connections): the same endpoint, answering as an event stream.</summary>
    public const string StreamPath = "/graphql/stream";

    /// <summary>The response header that carries the request's correlation id (its trace id), also in the log.</summary>
    public const string CorrelationHeader = "X-Correlation-Id";

    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], HandleAsync).DisableAntiforgery().RequireRateLimiting(LimitsSetup.RatePolicy);
        // graphql-sse's distinct connections allow GET for a subscription (the gateway subscribes that way); GET never runs a mutation.
        app.MapMethods(StreamPath, [HttpMethods.Get, HttpMethods.Post], HandleAsync).DisableAntiforgery().RequireRateLimiting(LimitsSetup.RatePolicy);
        return app;
    }

    private static async Task HandleAsync(
        HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, SchemaDocument sdl,
        IHostEnvironment environment, AuthOptions authOptions, PurposeVocabulary purposes, Calendar calendar,
        IOptions<LimitsOptions> limitOptions, ILogger<GraphQLRequest> logger)
    {
        var correlationId = Activity.Current?.TraceId.ToHexString() ?? http.TraceIdentifier;
        http.Response.Headers[CorrelationHeader] = correlationId;
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && request.Query.ContainsKey("sdl"))
        {
            // Outside Development the schema, like introspection, is shown only to callers with a valid token.
            if (!environment.IsDevelopment() && http.User.Identity?.IsAuthenticated != true)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
                await WriteRefusalAsync(http, serializer, GraphQLMediaTypes.Json,
                    new RequestRefusal(LimitErrors.IntrospectionDisabled, "The schema is served only with a valid bearer token.", StatusCodes.Status401Unauthorized));
                return;
            }
            await Results.Text(sdl.Text, "text/plain; charset=utf-8").ExecuteAsync(http);
            return;
        }

        var sse = request.Path == StreamPath || GraphQLEventStream.IsAccepted(request.Headers.Accept.ToArray()!);
        var mediaType = sse ? GraphQLMediaTypes.Json : GraphQLMediaTypes.Negotiate(request.Headers.Accept.ToArray()!);
        if (mediaType is null)
        {
            await WriteRefusalAsync(http, serializer, GraphQLMediaTypes.Json,
                new RequestRefusal("NOT_ACCEPTABLE", $"Accept must allow {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.", StatusCodes.Status406NotAcceptable));
            return;
        }
        var (graphQLRequest, refusal) = await ReadRequestAsync(http, serializer, limitOptions.Value, isGet);
        JobMatchRequest? jobMatchRequest = null;
        if (refusal is null)
        {
            try
            {
                var (purpose, note) = RequestPurpose.From(request.Headers[RequestPurpose.Header].ToString(), request.Headers[RequestPurpose.NoteHeader].ToString(), graphQLRequest!.Extensions, purposes);
                jobMatchRequest = new JobMatchRequest(Viewer.From(http.User, authOptions), purpose, note, correlationId, calendar.Today);
            }
            catch (RequestRefusal purposeRefusal)
            {
                refusal = purposeRefusal;
            }
        }
        if (refusal is not null)
        {
            if (refusal.Code == "AUTH_INVALID_TOKEN")
                http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteRefusalAsync(http, serializer, mediaType, refusal);
            return;
        }

        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["CorrelationId"] = correlationId, ["OperationName"] = graphQLRequest!.OperationName });
        var access = new RequestAccess(jobMatchRequest!);
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
            UserContext = new GraphQLUserContext(access, http.RequestServices, http.Gateway() == GatewayCaller.Gateway),
            CancellationToken = http.RequestAborted,
            UnhandledExceptionDelegate = context =>
            {
                if (SourceUnavailableError.IsOutage(context.OriginalException) && SourceFailureTagger.SourceOf(context.OriginalException) is { } source)
                {
                    // An outage is expected operations, not a bug: its cause in one line, no stack trace.
                    logger.LogWarning("The {Source} source is unavailable (correlation id {CorrelationId}): {Cause}", source, correlationId, context.OriginalException.Message);
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
        // The audit step inside the executer writes the access records before this result can leave.
        var result = await executer.ExecuteAsync(options);

        var elapsed = Stopwatch.GetElapsedTime(started);
        JobMatchTelemetry.RequestDone(graphQLRequest.OperationName, elapsed, result.Errors?.Count > 0);
        if (result.Errors?.OfType<RequestRefusal>().FirstOrDefault() is { } refused)
        {
            await WriteRefusalAsync(http, serializer, mediaType, refused);
            return;
        }
        if (result.Errors?.Count > 0)
            (result.Extensions ??= [])["correlationId"] = correlationId;
        if (environment.IsDevelopment())
            (result.Extensions ??= [])["diagnostics"] = RequestDiagnostics.Describe(statements, elapsed);

        if (sse && result.Executed)
        {
            await GraphQLEventStream.WriteAsync(http, serializer, result, http.RequestAborted);
            return;
        }
        if (result.Streams is { Count: > 0 } unsent)
        {
            // The streams already listen (the feed holds a listener and a queue for each): end them, or every such
            // request would keep its queue filling for as long as the host runs.
            foreach (var stream in unsent.Values)
                stream.Subscribe(new Discard()).Dispose();
            await WriteRefusalAsync(http, serializer, mediaType, new RequestRefusal("STREAM_REQUIRED",
                $"A subscription answers as an event stream: POST it to {StreamPath}, or send 'Accept: text/event-stream' (GraphQL over SSE).", StatusCodes.Status406NotAcceptable));
            return;
        }
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

    /// <summary>The transport's guard clauses, in order: each refusal carries its status.</summary>
    private static async Task<(GraphQLRequest? Request, RequestRefusal? Refusal)> ReadRequestAsync(HttpContext http, IGraphQLTextSerializer serializer, LimitsOptions limits, bool isGet)
    {
        var request = http.Request;
        if (http.Gateway() == GatewayCaller.Invalid)
            return (null, new RequestRefusal(GatewayCredential.InvalidCode,
                $"The {GatewayCredential.Header} header does not carry this host's gateway credential: only the gateway sends it, with the value of {GatewayCredential.SecretSetting}.", StatusCodes.Status401Unauthorized));
        if (!isGet && !GraphQLMediaTypes.IsJsonBody(request.ContentType))
            return (null, new RequestRefusal("UNSUPPORTED_MEDIA_TYPE", "Send the request body as application/json (UTF-8).", StatusCodes.Status415UnsupportedMediaType));
        // A token that fails validation is an error, never a silent fall-back to anonymous.
        if (!string.IsNullOrEmpty(request.Headers.Authorization) && http.User.Identity?.IsAuthenticated != true)
            return (null, new RequestRefusal("AUTH_INVALID_TOKEN", "The bearer token is invalid or expired; get a new one.", StatusCodes.Status401Unauthorized));
        var maxBody = http.Gateway() == GatewayCaller.Gateway ? limits.MaxGatewayBodyBytes : limits.MaxBodyBytes;
        var tooLarge = new RequestRefusal(LimitErrors.BodyTooLarge, $"The request body is larger than {maxBody} bytes.", StatusCodes.Status413PayloadTooLarge);
        if (!isGet && request.ContentLength > maxBody)
            return (null, tooLarge);

        var (graphQLRequest, problem) = isGet ? ReadQueryString(request, serializer) : await ReadBodyAsync(request, serializer, maxBody, http.RequestAborted);
        if (graphQLRequest is null)
            return (null, problem == BodyTooLargeProblem ? tooLarge : new RequestRefusal("BAD_REQUEST", problem!));
        if (isGet && limits.RequireGetPreflight && !HasPreflightHeader(request))
            return (null, new RequestRefusal(LimitErrors.PreflightRequired,
                "A GET must carry a header that needs a CORS preflight (Authorization, or 'GraphQL-Require-Preflight: 1'), so no other site can send it on a user's behalf."));
        if (graphQLRequest.Query?.Length > limits.MaxDocumentLength)
            return (null, new RequestRefusal(LimitErrors.DocumentTooLarge,
                $"The document is {graphQLRequest.Query.Length} characters long; at most {limits.MaxDocumentLength} are allowed. Long-lived front ends can send a trusted document id instead."));
        return (graphQLRequest, null);
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
        || !string.IsNullOrEmpty(request.Headers[GatewayCredential.Header])
        || GraphQLMediaTypes.IsJsonBody(request.ContentType);

    private static async Task<(GraphQLRequest? Request, string? Problem)> ReadBodyAsync(HttpRequest request, IGraphQLTextSerializer serializer, int maxBytes, CancellationToken ct)
    {
        // Read at most one byte past the limit: a body without Content-Length cannot make us buffer more. The buffer
        // is pooled: a fresh one per request would be a large share of what a request allocates.
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

    /// <summary>The one place a refusal becomes a response: its status, its code and its message.</summary>
    private static Task WriteRefusalAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, RequestRefusal refusal) =>
        WriteAsync(http, serializer, refusal.Status, mediaType, new ExecutionResult
        {
            Errors = [new ExecutionError(refusal.Message) { Code = refusal.Code }],
            Extensions = new() { ["correlationId"] = http.Response.Headers[CorrelationHeader].ToString() },
        });

    private sealed class Discard : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
        }

        public void OnError(Exception error)
        {
        }

        public void OnCompleted()
        {
        }
    }

    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string mediaType, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
