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

    private const string SelfScopedKey = "jobmatch:self";

    /// <summary>The field reads the viewer's own record (a citizen's own access log): the viewer is the citizen.</summary>
    public static FieldBuilder<TSource, TReturn> SelfScoped<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.WithMetadata(SelfScopedKey, true);
        return field;
    }

    public static bool IsSelfScoped(this IFieldType field) => field.GetMetadata(SelfScopedKey, false);

    private const string CitizenArgumentKey = "jobmatch:citizenArgument";

    /// <summary>A root field whose citizen is named by an argument (e.g. <c>citizen(id:)</c>) rather than its parent.</summary>
    public static FieldBuilder<TSource, TReturn> CitizenFromArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string argument)
    {
        field.FieldType.WithMetadata(CitizenArgumentKey, argument);
        return field;
    }

    public static string? CitizenArgument(this IFieldType field) => field.GetMetadata<string?>(CitizenArgumentKey);

    /// <summary>The category declared on a field, or null for a field that carries no personal data.</summary>
    public static DataCategory? GetCategory(this IFieldType field) =>
        field.GetMetadata<DataCategory?>(MetadataKey);
}
