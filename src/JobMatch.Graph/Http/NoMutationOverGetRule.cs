using GraphQL.Validation;
using GraphQLParser.AST;

namespace JobMatch.Graph.Http;

/// <summary>
/// GET is safe by definition: a mutation must come over POST (the endpoint answers 405). A query and a subscription
/// read; a subscription over GET answers only as an event stream (graphql-sse, distinct connections).
/// </summary>
public sealed class NoMutationOverGetRule : ValidationRuleBase
{
    public const string Code = "MUTATION_OVER_GET";

    public static readonly NoMutationOverGetRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(context.Operation.Operation is OperationType.Query or OperationType.Subscription
            ? null
            : new MatchingNodeVisitor<GraphQLOperationDefinition>((op, ctx) =>
            {
                if (op == ctx.Operation)
                    ctx.ReportError(new ValidationError(ctx.Document.Source, null, $"A {op.Operation.ToString().ToLowerInvariant()} must be sent with POST.", op) { Code = Code });
            }));
}
