using GraphQL.Types;
using JobMatch.Data.Youth;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Youth;

/// <summary>The transition plan to adult services.</summary>
public sealed class TransitionPlanGraphType : ObjectGraphType<TransitionPlan>
{
    public TransitionPlanGraphType()
    {
        Name = "TransitionPlan";
        Description = "The plan for moving a young person's case from BUF to the adult departments.";
        Field<NonNullGraphType<IntGraphType>>("version").Description("The record's version: send it back with a change, which is refused with a ConflictError when someone changed the record since.").Resolve(ctx => ctx.Source.Version);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The plan's id: a global id, opaque; node(id:) refetches it.").Resolve(ctx => GlobalId.Of(NodeTypes.TransitionPlan, ctx.Source.Id));
        Interface<NodeGraphType>();
        Field(p => p.StartedOn).Description("When the plan was started.");
        Field(p => p.PlannedTransferOn).Description("When the case moves to the adult departments.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("receivingDepartments").Description("The adult departments that take over.")
            .Resolve(ctx => ctx.Source.ReceivingDepartments.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Field(p => p.Summary).Description("What the plan says.");
        Field(p => p.AgreedOn, nullable: true).Description("When the plan was agreed for and with the young person (due by 17½), if it has been.");
        Field(p => p.HandedOverOn, nullable: true).Description("When the case moved to the receiving departments, if it has.");
        this.StatusField("Where the plan stands.", p => p.StartedOn, p => p.PlannedTransferOn, p => p.Status);
    }
}
