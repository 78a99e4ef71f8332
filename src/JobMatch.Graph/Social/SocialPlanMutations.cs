using GraphQL;
using GraphQL.Types;
using JobMatch.Data;
using JobMatch.Data.Registry;
using JobMatch.Data.Social;
using JobMatch.Graph.Access;
using JobMatch.Graph.Employment;
using JobMatch.Graph.Http;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Schema;
using JobMatch.Graph.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Social;

/// <summary>SOF's social action plan (§ 141): its goals, and the services granted (§ 85, § 103, § 104, § 107, § 108), in the Social source only.</summary>
public static class SocialPlanMutations
{
    private const DataCategory Category = DataCategory.SocialDetail;

    public static void AddSocialPlanMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<SocialGoalGraphType, AddSocialGoalInputGraphType>("addSocialGoal", "socialGoal", Category,
            "Adds a goal to a citizen's social action plan (SOF's caseworkers and consultants, while SOF is involved).",
            ctx =>
            {
                var input = ctx.GetArgument<AddSocialGoalInput>("input");
                return WriteDoor.CreateAsync<SocialContext>(ctx, Category, input.CitizenId, input.IdempotencyKey, "SOCIAL_GOAL_ADDED", ReadGoal, scope =>
                {
                    var from = input.From ?? scope.Today;
                    new Checks().Text(input.Area, "area", 60).Text(input.Text, "text", 500).Period(from, input.To, "to").ThrowIfAny();
                    var goal = new SocialGoal { Id = Guid.NewGuid(), CitizenId = JobPlanMutations.CitizenOf(input.CitizenId), Area = input.Area!.Trim(), Text = input.Text!.Trim(), SetOn = from, TargetDate = input.To, Status = PlanStatus.Active, Version = 1 };
                    scope.Db.Goals.Add(goal);
                    return Task.FromResult<Data.Changes.IVersioned>(goal);
                });
            }, typeof(EndBeforeStartErrorGraphType));

        mutation.Mutation<SocialGoalGraphType, ChangeJobGoalInputGraphType>("changeSocialGoal", "socialGoal", Category,
            "Changes a social goal's text or target date, at the version read.",
            ctx =>
            {
                var input = ctx.GetArgument<ChangeJobPlanItemInput>("input");
                return WriteDoor.ChangeAsync<SocialContext, SocialGoal>(ctx, Category, NodeTypes.SocialGoal, input.Id, input.Version, "SOCIAL_GOAL_CHANGED", LoadGoal, (scope, goal) =>
                {
                    new Checks().Text(input.Text, "text", 500, required: false).Period(goal.SetOn, input.To, "to").ThrowIfAny();
                    goal.Text = input.Text?.Trim() ?? goal.Text;
                    goal.TargetDate = input.To ?? goal.TargetDate;
                    return Task.CompletedTask;
                });
            }, typeof(EndBeforeStartErrorGraphType));

        mutation.Mutation<SocialGoalGraphType, EndRecordInputGraphType>("endSocialGoal", "socialGoal", Category,
            "Ends a social goal on a day: reached, or cancelled.",
            ctx =>
            {
                var input = ctx.GetArgument<EndRecordInput>("input");
                return WriteDoor.ChangeAsync<SocialContext, SocialGoal>(ctx, Category, NodeTypes.SocialGoal, input.Id, input.Version, "SOCIAL_GOAL_ENDED", LoadGoal, (scope, goal) =>
                {
                    var end = input.EndedOn ?? scope.Today;
                    new Checks().Period(goal.SetOn, end, "endedOn").ThrowIfAny();
                    goal.TargetDate = end;
                    goal.Status = input.Cancelled ? PlanStatus.Cancelled : PlanStatus.Completed;
                    return Task.CompletedTask;
                });
            }, typeof(EndBeforeStartErrorGraphType));

        mutation.Mutation<SocialServiceGraphType, GrantSocialServiceInputGraphType>("grantSocialService", "socialService", Category,
            "Grants a service (§ 85, § 103, § 104, § 107 or § 108) delivered by one of SOF's units.",
            ctx =>
            {
                var input = ctx.GetArgument<GrantSocialServiceInput>("input");
                return WriteDoor.CreateAsync<SocialContext>(ctx, Category, input.CitizenId, input.IdempotencyKey, "SOCIAL_SERVICE_GRANTED", ReadService, async scope =>
                {
                    var checks = new Checks().Text(input.Title, "title", 300).Hours(input.HoursPerWeek, "hoursPerWeek", required: false).Period(input.From, input.To, "to");
                    var provider = await ProviderAsync(scope.Field, input.ProviderCode);
                    checks.When(provider?.DepartmentCode != Departments.Social, $"providerCode must be one of SOF's units (e.g. SOF-BOSTOETTE); '{input.ProviderCode}' is not.", "providerCode").ThrowIfAny();
                    var service = new SocialService { Id = Guid.NewGuid(), CitizenId = JobPlanMutations.CitizenOf(input.CitizenId), Kind = input.Kind, Title = input.Title!.Trim(), ProviderCode = provider!.Code, From = input.From, To = input.To, HoursPerWeek = (decimal?)input.HoursPerWeek, Status = PlanStatus.Active, Version = 1 };
                    scope.Db.Services.Add(service);
                    return service;
                });
            }, typeof(EndBeforeStartErrorGraphType));

        mutation.Mutation<SocialServiceGraphType, EndRecordInputGraphType>("endSocialService", "socialService", Category,
            "Ends a granted service on a day: completed, or cancelled.",
            ctx =>
            {
                var input = ctx.GetArgument<EndRecordInput>("input");
                return WriteDoor.ChangeAsync<SocialContext, SocialService>(ctx, Category, NodeTypes.SocialService, input.Id, input.Version, "SOCIAL_SERVICE_ENDED", LoadService, (scope, service) =>
                {
                    var end = input.EndedOn ?? scope.Today;
                    new Checks().Period(service.From, end, "endedOn").ThrowIfAny();
                    service.To = end;
                    service.Status = input.Cancelled ? PlanStatus.Cancelled : PlanStatus.Completed;
                    return Task.CompletedTask;
                });
            }, typeof(EndBeforeStartErrorGraphType));
    }

    private static async Task<Agency?> ProviderAsync(IResolveFieldContext ctx, string? code)
    {
        try
        {
            await using var registry = await ctx.RequestServices!.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ctx.CancellationToken);
            return await registry.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, ctx.CancellationToken);
        }
        catch (Exception e) when (SourceUnavailableError.IsOutage(e))
        {
            throw new SourceUnavailableError(Source.Registry, e);
        }
    }

    private static async Task<object?> ReadGoal(SocialContext db, Guid id, CancellationToken ct) => await LoadGoal(db, id, ct);

    private static Task<SocialGoal?> LoadGoal(SocialContext db, Guid id, CancellationToken ct) => db.Goals.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);

    private static async Task<object?> ReadService(SocialContext db, Guid id, CancellationToken ct) => await LoadService(db, id, ct);

    private static Task<SocialService?> LoadService(SocialContext db, Guid id, CancellationToken ct) => db.Services.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
}

/// <summary>A new goal in the social action plan.</summary>
public sealed class AddSocialGoalInput
{
    public string? CitizenId { get; set; }
    public string? Area { get; set; }
    public string? Text { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? IdempotencyKey { get; set; }
}

public sealed class AddSocialGoalInputGraphType : InputObjectGraphType<AddSocialGoalInput>
{
    public AddSocialGoalInputGraphType()
    {
        Name = "AddSocialGoalInput";
        Description = "A new goal in the citizen's social action plan (§ 141), within a life area.";
        Field<NonNullGraphType<IdGraphType>>("citizenId").Description("The citizen.");
        Field<NonNullGraphType<StringGraphType>>("area").Description("The life area, e.g. \"Bolig\" (at most 60 characters).");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The goal (at most 500 characters).");
        Field(i => i.From, type: typeof(Schema.DateGraphType)).Description("When the goal is set; today if omitted.");
        Field(i => i.To, type: typeof(Schema.DateGraphType)).Description("The target date.");
        Field<StringGraphType>("idempotencyKey").Description("A key the client chooses once for this create: a retry with it answers with the first result.");
    }
}

/// <summary>A service to grant.</summary>
public sealed class GrantSocialServiceInput
{
    public string? CitizenId { get; set; }
    public SocialServiceKind Kind { get; set; }
    public string? Title { get; set; }
    public string? ProviderCode { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public double? HoursPerWeek { get; set; }
    public string? IdempotencyKey { get; set; }
}

public sealed class GrantSocialServiceInputGraphType : InputObjectGraphType<GrantSocialServiceInput>
{
    public GrantSocialServiceInputGraphType()
    {
        Name = "GrantSocialServiceInput";
        Description = "A service SOF grants under serviceloven, and the SOF unit that delivers it.";
        Field<NonNullGraphType<IdGraphType>>("citizenId").Description("The citizen.");
        Field(i => i.Kind, type: typeof(NonNullGraphType<SocialServiceKindGraphType>)).Description("The kind (its paragraph).");
        Field<NonNullGraphType<StringGraphType>>("title").Description("What is granted (at most 300 characters).");
        Field<NonNullGraphType<StringGraphType>>("providerCode").Description("The SOF unit that delivers it, e.g. SOF-BOSTOETTE.");
        Field(i => i.From, type: typeof(NonNullGraphType<Schema.DateGraphType>)).Description("First day.");
        Field(i => i.To, type: typeof(Schema.DateGraphType)).Description("Last day; open-ended if omitted.");
        Field<FloatGraphType>("hoursPerWeek").Description("Hours per week, where the service is measured in hours.");
        Field<StringGraphType>("idempotencyKey").Description("A key the client chooses once for this grant: a retry with it answers with the first result.");
    }
}
