using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace JobMatch.Graph.Limits;

/// <summary>Refuses documents with more aliased fields than the limit: aliases let a short document ask for the same work many times.</summary>
public sealed class MaxAliasesRule(IOptions<LimitsOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var count = 0;
        var max = options.Value.MaxAliases;
        return new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Alias is not null && ++count == max + 1)
                ctx.ReportError(LimitErrors.Error(ctx, LimitErrors.AliasesExceeded, $"The document uses more than {max} aliases.", field));
        }));
    }
}
