using GraphQL;

namespace JobMatch.Graph.Schema;

public static class GuidArguments
{
    public const string InvalidId = "INVALID_ID";

    /// <summary>
    /// An <c>ID</c> argument that names a record: a GUID, or a field error saying so (the scalar itself takes any
    /// string, and a failed conversion would otherwise surface as an unexpected error).
    /// </summary>
    public static Guid? GetGuidArgument(this IResolveFieldContext context, string name) =>
        context.GetArgument<object?>(name) switch
        {
            null => null,
            Guid guid => guid,
            var value when Guid.TryParse(value.ToString(), out var parsed) => parsed,
            var value => throw new ExecutionError($"'{name}' must be an id in GUID form (32 hexadecimal digits, e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301); '{value}' is not.") { Code = InvalidId },
        };
}
