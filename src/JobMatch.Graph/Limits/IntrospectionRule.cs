using GraphQL.Validation;
using GraphQLParser.AST;

namespace JobMatch.Graph.Limits;

/// <summary>Outside Development the schema is shown only to callers with a valid token.</summary>
public sealed class IntrospectionRule(IHostEnvironment environment) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(environment.IsDevelopment() || context.User?.Identity?.IsAuthenticated == true
            ? null
            : new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
            {
                if (field.Name.StringValue is "__schema" or "__type")
                    ctx.ReportError(LimitErrors.Error(ctx, LimitErrors.IntrospectionDisabled, "Introspection needs a bearer token.", field));
            }));
}
