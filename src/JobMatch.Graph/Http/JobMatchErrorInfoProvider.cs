using GraphQL;
using GraphQL.Execution;

namespace JobMatch.Graph.Http;

/// <summary>
/// Errors say what a caller can act on and nothing about our insides: an unexpected exception becomes
/// <c>INTERNAL_ERROR</c> with the request's correlation id, and exception type names never reach a caller.
/// </summary>
public sealed class JobMatchErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false, ExposeCodes = false, ExposeData = false })
{
    public const string InternalError = "INTERNAL_ERROR";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is UnhandledError)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions["code"] = InternalError;
            info.Extensions = extensions;
        }
        return info;
    }
}
