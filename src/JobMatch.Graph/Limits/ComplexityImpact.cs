using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace JobMatch.Graph.Limits;

/// <summary>
/// Each field costs 1; a list multiplies what is under it by its page size (<c>first</c>) or the default list
/// size, and a connection by its page size once (its <c>edges</c> are that page, not another multiplier).
/// </summary>
public static class ComplexityImpact
{
    public static FieldComplexityResult Of(FieldImpactContext context, LimitsOptions limits)
    {
        var type = context.FieldDefinition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : context.FieldDefinition.ResolvedType;
        var pageSize = context.FieldDefinition.Arguments?.Find("first") is not null ? context.GetArgument("first", 0) : 0;
        if (type is IObjectGraphType connection && connection.Name.EndsWith("Connection", StringComparison.Ordinal))
            return new FieldComplexityResult(1, pageSize > 0 ? pageSize : limits.DefaultListSize);
        if (type is ListGraphType)
        {
            var insideConnection = context.ParentType.Name.EndsWith("Connection", StringComparison.Ordinal);
            return new FieldComplexityResult(1, insideConnection ? 1 : pageSize > 0 ? pageSize : limits.DefaultListSize);
        }
        return new FieldComplexityResult(1, 1);
    }
}
