using GraphQL.Types;
using JobMatch.Data.Employment;
using JobMatch.Graph.Nodes;

namespace JobMatch.Graph.Employment;

/// <summary>A period in a target group.</summary>
public sealed class TargetGroupPeriodGraphType : ObjectGraphType<TargetGroupPeriod>
{
    public TargetGroupPeriodGraphType()
    {
        Name = "TargetGroupPeriod";
        Description = "A period in which the citizen belonged to a target group.";
        Field<TargetGroupGraphType>("targetGroup").Description("The target group.").Resolve(ctx => ctx.TargetGroupByCode(ctx.Source.TargetGroupCode));
        Field<NonNullGraphType<IdGraphType>>("id").Description("The period: a global id, opaque; node(id:) refetches it.").Resolve(ctx => GlobalId.Of(NodeTypes.TargetGroupPeriod, ctx.Source.Id));
        Interface<NodeGraphType>();
        Field(p => p.From).Description("From.");
        Field(p => p.To, nullable: true).Description("To; null while current.");
    }
}
