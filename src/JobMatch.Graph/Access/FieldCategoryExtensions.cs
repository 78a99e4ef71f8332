using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace JobMatch.Graph.Access;

/// <summary>Declares a field's data category where the field is defined, so the guard reads next to the field.</summary>
public static class FieldCategoryExtensions
{
    private const string MetadataKey = "jobmatch:category";

    public static FieldBuilder<TSource, TReturn> Category<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, DataCategory category)
    {
        field.FieldType.WithMetadata(MetadataKey, category);
        field.FieldType.ApplyDirective(CategoryDirective.DirectiveName, "name", category);
        return field;
    }

    /// <summary>The category declared on a field, or null for a field that carries no personal data.</summary>
    public static DataCategory? GetCategory(this IFieldType field) =>
        field.GetMetadata<DataCategory?>(MetadataKey);
}
