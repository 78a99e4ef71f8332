using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using JobMatch.Data.Registry;

namespace JobMatch.Graph.Portal;

/// <summary>A page of offers with <c>nodes</c> beside <c>edges</c>, as HotChocolate clients read it.</summary>
public sealed class OfferConnectionGraphType : ConnectionType<OfferGraphType, EdgeType<OfferGraphType>>
{
    public OfferConnectionGraphType()
    {
        Name = "OfferConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferGraphType>>>>("nodes").Description("The offers on the page, without their cursors.")
            .Resolve(ctx => ((Connection<Offer>)ctx.Source!).Edges?.Select(e => e.Node).ToList() ?? []);
    }
}

/// <summary>A page of shared procedures with <c>nodes</c> beside <c>edges</c>.</summary>
public sealed class ProcedureConnectionGraphType : ConnectionType<ProcedureGraphType, EdgeType<ProcedureGraphType>>
{
    public ProcedureConnectionGraphType()
    {
        Name = "ProcedureConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcedureGraphType>>>>("nodes").Description("The procedures on the page, without their cursors.")
            .Resolve(ctx => ((Connection<Procedure>)ctx.Source!).Edges?.Select(e => e.Node).ToList() ?? []);
    }
}
