using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using JobMatch.Data.Registry;

namespace JobMatch.Graph.Citizens;

/// <summary>A page of citizens with <c>nodes</c> beside <c>edges</c>, as HotChocolate clients read it.</summary>
public sealed class CitizenConnectionGraphType : ConnectionType<CitizenGraphType, EdgeType<CitizenGraphType>>
{
    public CitizenConnectionGraphType()
    {
        Name = "CitizenConnection";
        Field<ListGraphType<NonNullGraphType<CitizenGraphType>>>("nodes").Description("The citizens on the page, without their cursors.")
            .Resolve(ctx => ((Connection<Citizen>)ctx.Source!).Edges?.Select(e => e.Node).ToList());
    }
}
