using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace JobMatch.Graph.Limits;

/// <summary>
/// Refuses operations nested deeper than the limit, following fragments. Introspection fields are not
/// counted, because the IDE's own schema query is eleven levels deep.
/// </summary>
public sealed class MaxDepthRule(IOptions<LimitsOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
        {
            var max = options.Value.MaxDepth;
            var fragments = ctx.Document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue);
            var depth = Depth(operation.SelectionSet, fragments, [], 0, max + 1);
            if (depth > max)
                ctx.ReportError(LimitErrors.Error(ctx, LimitErrors.DepthExceeded, $"The operation nests fields {depth}{(depth > max ? "+" : "")} deep; at most {max} is allowed.", operation));
        }));

    private static int Depth(GraphQLSelectionSet? selections, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> visiting, int depth, int stopAt)
    {
        if (selections is null || depth >= stopAt)
            return depth;
        var deepest = depth;
        foreach (var selection in selections.Selections)
        {
            var reached = selection switch
            {
                GraphQLField field when field.Name.StringValue.StartsWith("__", StringComparison.Ordinal) => depth,
                GraphQLField field => Depth(field.SelectionSet, fragments, visiting, depth + 1, stopAt),
                GraphQLInlineFragment inline => Depth(inline.SelectionSet, fragments, visiting, depth, stopAt),
                GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) && visiting.Add(fragment.FragmentName.Name.StringValue)
                    => Spread(fragment, fragments, visiting, depth, stopAt),
                _ => depth,
            };
            deepest = Math.Max(deepest, reached);
            if (deepest >= stopAt)
                break;
        }
        return deepest;
    }

    private static int Spread(GraphQLFragmentDefinition fragment, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> visiting, int depth, int stopAt)
    {
        var reached = Depth(fragment.SelectionSet, fragments, visiting, depth, stopAt);
        visiting.Remove(fragment.FragmentName.Name.StringValue);
        return reached;
    }
}
