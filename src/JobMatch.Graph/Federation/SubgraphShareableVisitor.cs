using GraphQL.Federation;
using GraphQL.Types;
using GraphQL.Utilities;

namespace JobMatch.Graph.Federation;

/// <summary>
/// Marks every value type of a subgraph <c>@shareable</c>: an agency, a contact person or a page is the same record
/// whichever subgraph reached it, read from the same source with the same guard. The roots and the citizen entity
/// stay each subgraph's own.
/// </summary>
public sealed class SubgraphShareableVisitor : BaseSchemaNodeVisitor
{
    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type == schema.Query || type == schema.Mutation || type == schema.Subscription || type.Name == "Citizen" || type.Name.StartsWith("_", StringComparison.Ordinal))
            return;
        type.Shareable();
    }
}
