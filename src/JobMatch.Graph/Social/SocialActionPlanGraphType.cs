using GraphQL.Types;
using JobMatch.Data.Social;
using JobMatch.Graph.Nodes;

namespace JobMatch.Graph.Social;

/// <summary>The social action plan.</summary>
public sealed class SocialActionPlanGraphType : ObjectGraphType<SocialActionPlan>
{
    public SocialActionPlanGraphType()
    {
        Name = "SocialActionPlan";
        Description = "The social action plan (handleplan efter serviceloven §141).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The plan's id: a global id, opaque; node(id:) refetches it.").Resolve(ctx => GlobalId.Of(NodeTypes.SocialActionPlan, ctx.Source.Id));
        Interface<NodeGraphType>();
        Field(p => p.Purpose).Description("The plan's purpose, in its own words.");
        Field(p => p.CreatedOn).Description("When the plan was made.");
        Field(p => p.NextReviewOn, nullable: true).Description("When it is next reviewed.");
    }
}
