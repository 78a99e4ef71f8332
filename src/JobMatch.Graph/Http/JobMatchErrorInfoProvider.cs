using GraphQL;
using GraphQL.Execution;

namespace JobMatch.Graph.Http;

/// <summary>
/// Errors say what a caller can act on and nothing about our insides: an unexpected exception becomes
/// <c>INTERNAL_ERROR</c> with the request's correlation id, and exception type names never reach a caller.
/// </summary>
public sealed partial class JobMatchErrorInfoProvider(IHostEnvironment environment)
    : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false, ExposeCodes = false, ExposeData = false })
{
    public const string InternalError = "INTERNAL_ERROR";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        // "Did you mean ...?" maps the schema for someone who may not see it; only developers get suggestions.
        if (!environment.IsDevelopment())
            info.Message = Suggestion().Replace(info.Message, "");
        if (executionError is SourceUnavailableError unavailable)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions["source"] = unavailable.Unavailable.ToString();
            if (unavailable.Subgraph is { } subgraph)
                extensions["subgraph"] = subgraph;
            info.Extensions = extensions;
        }
        if (executionError is UnhandledError)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions["code"] = InternalError;
            info.Extensions = extensions;
        }
        return info;
    }

    // Every rule appends its suggestion at the end of the message, with or without a question mark.
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*Did you mean\b.*$", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Suggestion();
}
