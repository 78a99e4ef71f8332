using GraphQL.Types;
using JobMatch.Data.Employment;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Employment;

/// <summary>BIF's case for a citizen.</summary>
public sealed class EmploymentGraphType : ObjectGraphType<CitizenRef>
{
    public EmploymentGraphType()
    {
        Name = "Employment";
        Description = "BIF's case: target group, benefits, the job plan's goals and activities, and placements.";
        Field<TargetGroupPeriodGraphType>("targetGroup").Description("The target group (målgruppe) the citizen belongs to today: the period covering the day of the request.")
            .Prefetches((c, id, loads) => loads.Add(c.TargetGroupPeriodsOf(id)))
            .Resolve(ctx =>
            {
                var today = ctx.Today();
                return ctx.TargetGroupPeriodsOf(ctx.Source.CitizenId).Then(periods => periods.Current(today));
            });
        Field<TargetGroupPeriodGraphType>("upcomingTargetGroup").Description("The next target group period to start after today, e.g. the 2027 reform's group while the retiring one is still in force.")
            .Prefetches((c, id, loads) => loads.Add(c.TargetGroupPeriodsOf(id)))
            .Resolve(ctx =>
            {
                var today = ctx.Today();
                return ctx.TargetGroupPeriodsOf(ctx.Source.CitizenId).Then(periods => periods.Upcoming(today));
            });
        Field<BenefitPeriodGraphType>("benefit").Description("The benefit (ydelse) received today: the period covering the day of the request.")
            .Prefetches((c, id, loads) => loads.Add(c.BenefitPeriodsOf(id)))
            .Resolve(ctx =>
            {
                var today = ctx.Today();
                return ctx.BenefitPeriodsOf(ctx.Source.CitizenId).Then(periods => periods.Current(today));
            });
        Field<BenefitPeriodGraphType>("upcomingBenefit").Description("The next benefit period to start after today.")
            .Prefetches((c, id, loads) => loads.Add(c.BenefitPeriodsOf(id)))
            .Resolve(ctx =>
            {
                var today = ctx.Today();
                return ctx.BenefitPeriodsOf(ctx.Source.CitizenId).Then(periods => periods.Upcoming(today));
            });
        Field<PlacementGraphType>("currentPlacement").Description("The placement the citizen is in today (paid work before an internship); null if none.")
            .Prefetches((c, id, loads) => loads.Add(c.PlacementsOf(id)))
            .Resolve(ctx =>
            {
                var today = ctx.Today();
                return ctx.PlacementsOf(ctx.Source.CitizenId).Then(placements => placements.Current(today));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetGroupPeriodGraphType>>>>("targetGroupHistory").Description("Every target group the citizen has belonged to, oldest first.")
            .Prefetches((c, id, loads) => loads.Add(c.TargetGroupPeriodsOf(id)))
            .Resolve(ctx => ctx.TargetGroupPeriodsOf(ctx.Source.CitizenId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BenefitPeriodGraphType>>>>("benefits").Description("The benefits (ydelser) received, oldest first.")
            .Prefetches((c, id, loads) => loads.Add(c.BenefitPeriodsOf(id)))
            .Resolve(ctx => ctx.BenefitPeriodsOf(ctx.Source.CitizenId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobGoalGraphType>>>>("goals").Description("The job plan's goals.")
            .Prefetches((c, id, loads) => loads.Add(c.JobGoalsOf(id)))
            .Resolve(ctx => ctx.JobGoalsOf(ctx.Source.CitizenId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobActivityGraphType>>>>("activities").Description("The job plan's activities.")
            .Prefetches((c, id, loads) => loads.Add(c.JobActivitiesOf(id)))
            .Resolve(ctx => ctx.JobActivitiesOf(ctx.Source.CitizenId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementGraphType>>>>("placements").Description("Company placements, oldest first.")
            .Prefetches((c, id, loads) => loads.Add(c.PlacementsOf(id)))
            .Resolve(ctx => ctx.PlacementsOf(ctx.Source.CitizenId));
    }
}
