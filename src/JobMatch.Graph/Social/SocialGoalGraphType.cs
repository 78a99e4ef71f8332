using GraphQL.Types;
using JobMatch.Data.Social;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Social;

/// <summary>A goal in the social action plan.</summary>
public sealed class SocialGoalGraphType : ObjectGraphType<SocialGoal>
{
    public SocialGoalGraphType()
    {
        Name = "SocialGoal";
        Description = "A goal in the social action plan, within a life area such as housing, health or work.";
        Field<NonNullGraphType<IntGraphType>>("version").Description("The record's version: send it back with a change, which is refused with a ConflictError when someone changed the record since.").Resolve(ctx => ctx.Source.Version);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The goal's id: a global id, opaque; node(id:) refetches it.").Resolve(ctx => GlobalId.Of(NodeTypes.SocialGoal, ctx.Source.Id));
        Interface<NodeGraphType>();
        Field(g => g.Area).Description("The life area, e.g. \"Bolig\".");
        Field(g => g.Text).Description("The goal.");
        Field(g => g.SetOn).Description("When it was set.");
        Field(g => g.TargetDate, nullable: true).Description("When it should be reached.");
        this.StatusField("Where the goal stands.", g => g.SetOn, g => g.TargetDate, g => g.Status);
    }
}
