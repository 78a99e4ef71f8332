using GraphQL.Types;
using JobMatch.Data.Employment;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;

namespace JobMatch.Graph.Employment;

/// <summary>BIF's case for a citizen.</summary>
public sealed class EmploymentGraphType : ObjectGraphType<CitizenRef>
{
    public EmploymentGraphType()
    {
        Name = "Employment";
        Description = "BIF's case: target group, benefits, the job plan's goals and activities, and placements.";
        Field<TargetGroupPeriodGraphType>("targetGroup").Description("The target group (målgruppe) the citizen belongs to now.")
            .Resolve(ctx => ctx.TargetGroupPeriodsOf(ctx.Source.CitizenId).Then(periods => periods.LastOrDefault(p => p.To is null)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetGroupPeriodGraphType>>>>("targetGroupHistory").Description("Every target group the citizen has belonged to, oldest first.")
            .Resolve(ctx => ctx.TargetGroupPeriodsOf(ctx.Source.CitizenId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BenefitPeriodGraphType>>>>("benefits").Description("The benefits (ydelser) received, oldest first.")
            .Resolve(ctx => ctx.BenefitPeriodsOf(ctx.Source.CitizenId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobGoalGraphType>>>>("goals").Description("The job plan's goals.")
            .Resolve(ctx => ctx.JobGoalsOf(ctx.Source.CitizenId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobActivityGraphType>>>>("activities").Description("The job plan's activities.")
            .Resolve(ctx => ctx.JobActivitiesOf(ctx.Source.CitizenId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementGraphType>>>>("placements").Description("Company placements, oldest first.")
            .Resolve(ctx => ctx.PlacementsOf(ctx.Source.CitizenId));
    }
}
