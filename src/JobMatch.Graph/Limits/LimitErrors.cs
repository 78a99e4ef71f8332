using GraphQL.Validation;
using GraphQLParser.AST;

namespace JobMatch.Graph.Limits;

/// <summary>The error codes of the limits, so a caller can tell which one it hit.</summary>
public static class LimitErrors
{
    public const string DepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string AliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string ComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string BodyTooLarge = "BODY_TOO_LARGE";
    public const string Timeout = "TIMEOUT";
    public const string PreflightRequired = "CSRF_PREFLIGHT_REQUIRED";
    public const string RateLimited = "RATE_LIMITED";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    public static ValidationError Error(ValidationContext context, string code, string message, ASTNode node) =>
        new(context.Document.Source, null, message, node) { Code = code };
}
