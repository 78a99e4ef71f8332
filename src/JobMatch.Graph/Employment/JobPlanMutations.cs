using GraphQL;
using GraphQL.Types;
using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Graph.Access;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Writes;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Graph.Employment;

/// <summary>BIF's job plan: goals and activities added, changed and ended, in the Employment source only.</summary>
public static class JobPlanMutations
{
    private const DataCategory Category = DataCategory.EmploymentDetail;

    public static void AddJobPlanMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<JobGoalGraphType, AddJobGoalInputGraphType>("addJobGoal", "jobGoal", Category,
            "Adds a goal to a citizen's job plan (BIF's caseworkers and consultants, while BIF is involved).",
            ctx =>
            {
                var input = ctx.GetArgument<AddJobPlanItemInput>("input");
                return WriteDoor.CreateAsync<EmploymentContext>(ctx, Category, input.CitizenId, input.IdempotencyKey, "JOB_GOAL_ADDED", ReadGoal, scope =>
                {
                    var from = input.From ?? scope.Today;
                    new Checks().Text(input.Text, "text", 500).Period(from, input.To, "to").ThrowIfAny();
                    var goal = new JobGoal { Id = Guid.NewGuid(), CitizenId = CitizenOf(input.CitizenId), Text = input.Text!.Trim(), SetOn = from, TargetDate = input.To, Status = PlanStatus.Active, Version = 1 };
                    scope.Db.JobGoals.Add(goal);
                    return Task.FromResult<Data.Changes.IVersioned>(goal);
                });
            }, typeof(EndBeforeStartErrorGraphType));

        mutation.Mutation<JobGoalGraphType, ChangeJobGoalInputGraphType>("changeJobGoal", "jobGoal", Category,
            "Changes a goal's text or target date, at the version read.",
            ctx =>
            {
                var input = ctx.GetArgument<ChangeJobPlanItemInput>("input");
                return WriteDoor.ChangeAsync<EmploymentContext, JobGoal>(ctx, Category, NodeTypes.JobGoal, input.Id, input.Version, "JOB_GOAL_CHANGED", LoadGoal, (scope, goal) =>
                {
                    new Checks().Text(input.Text, "text", 500, required: false).Period(goal.SetOn, input.To, "to").ThrowIfAny();
                    goal.Text = input.Text?.Trim() ?? goal.Text;
                    goal.TargetDate = input.To ?? goal.TargetDate;
                    return Task.CompletedTask;
                });
            }, typeof(EndBeforeStartErrorGraphType));

        mutation.Mutation<JobGoalGraphType, EndRecordInputGraphType>("endJobGoal", "jobGoal", Category,
            "Ends a goal on a day (its target date becomes that day): reached, or cancelled.",
            ctx =>
            {
                var input = ctx.GetArgument<EndRecordInput>("input");
                return WriteDoor.ChangeAsync<EmploymentContext, JobGoal>(ctx, Category, NodeTypes.JobGoal, input.Id, input.Version, "JOB_GOAL_ENDED", LoadGoal, (scope, goal) =>
                {
                    var end = input.EndedOn ?? scope.Today;
                    new Checks().Period(goal.SetOn, end, "endedOn").ThrowIfAny();
                    goal.TargetDate = end;
                    goal.Status = input.Cancelled ? PlanStatus.Cancelled : PlanStatus.Completed;
                    return Task.CompletedTask;
                });
            }, typeof(EndBeforeStartErrorGraphType));

        mutation.Mutation<JobActivityGraphType, AddJobActivityInputGraphType>("addJobActivity", "jobActivity", Category,
            "Adds an activity to a citizen's job plan.",
            ctx =>
            {
                var input = ctx.GetArgument<AddJobPlanItemInput>("input");
                return WriteDoor.CreateAsync<EmploymentContext>(ctx, Category, input.CitizenId, input.IdempotencyKey, "JOB_ACTIVITY_ADDED", ReadActivity, scope =>
                {
                    var from = input.From ?? scope.Today;
                    new Checks().Text(input.Text, "text", 300).Text(input.Provider, "provider", 200).Period(from, input.To, "to").ThrowIfAny();
                    var activity = new JobActivity { Id = Guid.NewGuid(), CitizenId = CitizenOf(input.CitizenId), Title = input.Text!.Trim(), Provider = input.Provider!.Trim(), From = from, To = input.To, Status = PlanStatus.Active, Version = 1 };
                    scope.Db.JobActivities.Add(activity);
                    return Task.FromResult<Data.Changes.IVersioned>(activity);
                });
            }, typeof(EndBeforeStartErrorGraphType));

        mutation.Mutation<JobActivityGraphType, ChangeJobActivityInputGraphType>("changeJobActivity", "jobActivity", Category,
            "Changes an activity's title, provider or period, at the version read.",
            ctx =>
            {
                var input = ctx.GetArgument<ChangeJobPlanItemInput>("input");
                return WriteDoor.ChangeAsync<EmploymentContext, JobActivity>(ctx, Category, NodeTypes.JobActivity, input.Id, input.Version, "JOB_ACTIVITY_CHANGED", LoadActivity, (scope, activity) =>
                {
                    var from = input.From ?? activity.From;
                    new Checks().Text(input.Text, "text", 300, required: false).Text(input.Provider, "provider", 200, required: false).Period(from, input.To ?? activity.To, "to").ThrowIfAny();
                    activity.Title = input.Text?.Trim() ?? activity.Title;
                    activity.Provider = input.Provider?.Trim() ?? activity.Provider;
                    activity.From = from;
                    activity.To = input.To ?? activity.To;
                    return Task.CompletedTask;
                });
            }, typeof(EndBeforeStartErrorGraphType));

        mutation.Mutation<JobActivityGraphType, EndRecordInputGraphType>("endJobActivity", "jobActivity", Category,
            "Ends an activity on a day: completed, or cancelled.",
            ctx =>
            {
                var input = ctx.GetArgument<EndRecordInput>("input");
                return WriteDoor.ChangeAsync<EmploymentContext, JobActivity>(ctx, Category, NodeTypes.JobActivity, input.Id, input.Version, "JOB_ACTIVITY_ENDED", LoadActivity, (scope, activity) =>
                {
                    var end = input.EndedOn ?? scope.Today;
                    new Checks().Period(activity.From, end, "endedOn").ThrowIfAny();
                    activity.To = end;
                    activity.Status = input.Cancelled ? PlanStatus.Cancelled : PlanStatus.Completed;
                    return Task.CompletedTask;
                });
            }, typeof(EndBeforeStartErrorGraphType));
    }

    internal static Guid CitizenOf(string? citizenId) => GlobalId.TryDecode(citizenId ?? "", out _, out var id) ? id : Guid.Empty;

    private static async Task<object?> ReadGoal(EmploymentContext db, Guid id, CancellationToken ct) => await LoadGoal(db, id, ct);

    private static Task<JobGoal?> LoadGoal(EmploymentContext db, Guid id, CancellationToken ct) => db.JobGoals.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);

    private static async Task<object?> ReadActivity(EmploymentContext db, Guid id, CancellationToken ct) => await LoadActivity(db, id, ct);

    private static Task<JobActivity?> LoadActivity(EmploymentContext db, Guid id, CancellationToken ct) => db.JobActivities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
}
