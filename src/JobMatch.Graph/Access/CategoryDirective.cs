using GraphQL.Types;
using GraphQLParser.AST;

namespace JobMatch.Graph.Access;

/// <summary>
/// <c>@category(name: ...)</c> on a field says which data category guards it, so front-end developers
/// can read the access rules in the schema itself.
/// </summary>
public sealed class CategoryDirective : Directive
{
    public const string DirectiveName = "category";

    public CategoryDirective()
        : base(DirectiveName, DirectiveLocation.FieldDefinition)
    {
        Description = "The data category that guards this field: who may read it is decided by the access table for that category.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<DataCategoryGraphType>> { Name = "name", Description = "The data category." });
    }

    // Type-system directives are hidden from introspection unless they say otherwise; this one is documentation.
    public override bool? Introspectable => true;
}
