using GraphQL.Types;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;

namespace JobMatch.Graph.Social;

/// <summary>SOF's case for a citizen.</summary>
public sealed class SocialGraphType : ObjectGraphType<CitizenRef>
{
    public SocialGraphType()
    {
        Name = "Social";
        Description = "SOF's case: the social action plan (handleplan, serviceloven §141), granted services and substance-abuse treatment.";
        Field<SocialActionPlanGraphType>("actionPlan").Description("The current social action plan (§141), if one is made.")
            .Resolve(ctx => ctx.ActionPlansOf(ctx.Source.CitizenId).Then(plans => plans.LastOrDefault()))
            .Prefetches((c, id, loads) => loads.Add(c.ActionPlansOf(id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialGoalGraphType>>>>("goals").Description("The action plan's goals.")
            .Resolve(ctx => ctx.SocialGoalsOf(ctx.Source.CitizenId))
            .Prefetches((c, id, loads) => loads.Add(c.SocialGoalsOf(id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialServiceGraphType>>>>("services").Description("Granted services (§85, §103, §104, §107, §108).")
            .Resolve(ctx => ctx.SocialServicesOf(ctx.Source.CitizenId))
            .Prefetches((c, id, loads) => loads.Add(c.SocialServicesOf(id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubstanceTreatmentGraphType>>>>("substanceTreatments").Description("Substance-abuse treatment episodes.")
            .Resolve(ctx => ctx.SubstanceTreatmentsOf(ctx.Source.CitizenId))
            .Prefetches((c, id, loads) => loads.Add(c.SubstanceTreatmentsOf(id)));
    }
}
