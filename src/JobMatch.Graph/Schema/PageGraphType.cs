using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace JobMatch.Graph.Schema;

/// <summary>
/// A Relay connection with <c>nodes</c> beside <c>edges</c> (and GraphQL.NET's <c>items</c>), as HotChocolate clients
/// read every list that comes a page at a time.
/// </summary>
public class PageGraphType<TNodeType, TNode> : ConnectionType<TNodeType, EdgeType<TNodeType>>
    where TNodeType : IGraphType
{
    public PageGraphType()
    {
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes").Description("The records on the page, without their cursors.")
            .Resolve(ctx => ((Connection<TNode>)ctx.Source!).Edges?.Where(e => e.Node is not null).Select(e => e.Node).ToList());
    }
}
