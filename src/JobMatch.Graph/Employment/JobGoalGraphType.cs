using GraphQL.Types;
using JobMatch.Data.Employment;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Employment;

/// <summary>A goal in the job plan.</summary>
public sealed class JobGoalGraphType : ObjectGraphType<JobGoal>
{
    public JobGoalGraphType()
    {
        Name = "JobGoal";
        Description = "A goal in the citizen's job plan (Min Plan).";
        Field<NonNullGraphType<IntGraphType>>("version").Description("The record's version: send it back with a change, which is refused with a ConflictError when someone changed the record since.").Resolve(ctx => ctx.Source.Version);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The goal's id: a global id, opaque; node(id:) refetches it.").Resolve(ctx => GlobalId.Of(NodeTypes.JobGoal, ctx.Source.Id));
        Interface<NodeGraphType>();
        Field(g => g.Text).Description("The goal, in the plan's words.");
        Field(g => g.SetOn).Description("When the goal was set.");
        Field(g => g.TargetDate, nullable: true).Description("When it should be reached.");
        this.StatusField("Where the goal stands.", g => g.SetOn, g => g.TargetDate, g => g.Status);
    }
}
