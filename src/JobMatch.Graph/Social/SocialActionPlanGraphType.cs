using GraphQL.Types;
using JobMatch.Data.Social;

namespace JobMatch.Graph.Social;

/// <summary>The social action plan.</summary>
public sealed class SocialActionPlanGraphType : ObjectGraphType<SocialActionPlan>
{
    public SocialActionPlanGraphType()
    {
        Name = "SocialActionPlan";
        Description = "The social action plan (handleplan efter serviceloven §141).";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The plan's id.");
        Field(p => p.Purpose).Description("The plan's purpose, in its own words.");
        Field(p => p.CreatedOn).Description("When the plan was made.");
        Field(p => p.NextReviewOn, nullable: true).Description("When it is next reviewed.");
    }
}
