using GraphQL.Types;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;

namespace JobMatch.Graph.Youth;

/// <summary>BUF's case for a young citizen.</summary>
public sealed class YouthGraphType : ObjectGraphType<CitizenRef>
{
    public YouthGraphType()
    {
        Name = "Youth";
        Description = "BUF's case: education (STU and others) and the transition plan to adult services, made from age 17½.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<YouthEducationGraphType>>>>("educations").Description("Educations, oldest first.")
            .Resolve(ctx => ctx.EducationsOf(ctx.Source.CitizenId))
            .Prefetches((c, id, loads) => loads.Add(c.EducationsOf(id)));
        Field<TransitionPlanGraphType>("transitionPlan").Description("The transition plan to adult services, if one is made.")
            .Resolve(ctx => ctx.TransitionPlansOf(ctx.Source.CitizenId).Then(plans => plans.LastOrDefault()))
            .Prefetches((c, id, loads) => loads.Add(c.TransitionPlansOf(id)));
    }
}
