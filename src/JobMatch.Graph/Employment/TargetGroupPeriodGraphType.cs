using GraphQL.Types;
using JobMatch.Data.Employment;

namespace JobMatch.Graph.Employment;

/// <summary>A period in a target group.</summary>
public sealed class TargetGroupPeriodGraphType : ObjectGraphType<TargetGroupPeriod>
{
    public TargetGroupPeriodGraphType()
    {
        Name = "TargetGroupPeriod";
        Description = "A period in which the citizen belonged to a target group.";
        Field<TargetGroupGraphType>("targetGroup").Description("The target group.").Resolve(ctx => ctx.TargetGroupByCode(ctx.Source.TargetGroupCode));
        Field(p => p.From).Description("From.");
        Field(p => p.To, nullable: true).Description("To; null while current.");
    }
}
