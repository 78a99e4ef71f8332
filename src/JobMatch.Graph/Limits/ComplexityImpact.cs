using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace JobMatch.Graph.Limits;

/// <summary>
/// Each object field costs 1 and a scalar nothing; a list multiplies what is under it by its page size (<c>first</c>) or the default list
/// size, and a connection by its page size once (its <c>edges</c> are that page, not another multiplier).
/// Introspection costs nothing.
/// </summary>
public static class ComplexityImpact
{
    private const string ListSizeKey = "jobmatch:listSize";

    /// <summary>Declares how long a list field usually is, where that is known to be short (e.g. one per department).</summary>
    public static FieldBuilder<TSource, TReturn> ListSize<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int size)
    {
        field.FieldType.WithMetadata(ListSizeKey, size);
        return field;
    }

    public static FieldComplexityResult Of(FieldImpactContext context, LimitsOptions limits)
    {
        // Introspection reads the schema, not the sources: the IDE's own query must pass.
        if (context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal))
            return new FieldComplexityResult(0, 0);
        var type = context.FieldDefinition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : context.FieldDefinition.ResolvedType;
        // first: null (or a value that failed to parse, reported by its own rule) counts as the default page.
        // last counts as first does: a page read backwards costs what it reads.
        var pageSize = Math.Max(
            context.Arguments?.TryGetValue("first", out var first) == true && first.Value is int n ? n : 0,
            context.Arguments?.TryGetValue("last", out var last) == true && last.Value is int m ? m : 0);
        if (type is IObjectGraphType connection && connection.Name.EndsWith("Connection", StringComparison.Ordinal))
            return new FieldComplexityResult(1, pageSize > 0 ? pageSize : limits.DefaultListSize);
        if (type is ListGraphType)
        {
            var insideConnection = context.ParentType.Name.EndsWith("Connection", StringComparison.Ordinal);
            var expected = context.FieldDefinition.GetMetadata<int?>(ListSizeKey);
            return new FieldComplexityResult(1, insideConnection ? 1 : pageSize > 0 ? pageSize : expected ?? limits.DefaultListSize);
        }
        // A scalar is read with its object: it adds bytes, not work.
        return new FieldComplexityResult(type is ScalarGraphType or EnumerationGraphType ? 0 : 1, 1);
    }
}
