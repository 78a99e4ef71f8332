using GraphQL.Types;
using JobMatch.Data.Employment;
using JobMatch.Graph.Nodes;

namespace JobMatch.Graph.Employment;

/// <summary>A period on a benefit.</summary>
public sealed class BenefitPeriodGraphType : ObjectGraphType<BenefitPeriod>
{
    public BenefitPeriodGraphType()
    {
        Name = "BenefitPeriod";
        Description = "A period in which the citizen received a benefit (ydelse).";
        Field<BenefitTypeGraphType>("benefit").Description("The benefit.").Resolve(ctx => ctx.BenefitTypeByCode(ctx.Source.BenefitCode));
        Field<NonNullGraphType<IdGraphType>>("id").Description("The period: a global id, opaque; node(id:) refetches it.").Resolve(ctx => GlobalId.Of(NodeTypes.BenefitPeriod, ctx.Source.Id));
        Interface<NodeGraphType>();
        Field(p => p.From).Description("From.");
        Field(p => p.To, nullable: true).Description("To; null while current.");
    }
}
