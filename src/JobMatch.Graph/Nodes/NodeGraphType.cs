using GraphQL.Types;

namespace JobMatch.Graph.Nodes;

/// <summary>The Relay Node interface: anything a client can refetch by its global id with <c>node(id:)</c>.</summary>
public sealed class NodeGraphType : InterfaceGraphType
{
    public NodeGraphType()
    {
        Name = "Node";
        Description = "An object with a global id, refetched with node(id:) under the same access rules as the path that led to it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id: opaque; for a citizen, the municipal person id.");
    }
}
