using GraphQL;
using GraphQL.Types;
using JobMatch.Data.Youth;
using JobMatch.Graph.Access;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Writes;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Graph.Youth;

/// <summary>BUF's handover plan: agreed with the young person, then handed over to the receiving departments, in the Youth source only.</summary>
public static class HandoverMutations
{
    private const DataCategory Category = DataCategory.YouthDetail;

    public static void AddHandoverMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<TransitionPlanGraphType, HandoverStepInputGraphType>("agreeHandoverPlan", "transitionPlan", Category,
            "Records that the transition plan was agreed for and with the young person on a day (BUF, while involved).",
            ctx =>
            {
                var input = ctx.GetArgument<HandoverStepInput>("input");
                return WriteDoor.ChangeAsync<YouthContext, TransitionPlan>(ctx, Category, NodeTypes.TransitionPlan, input.Id, input.Version, "HANDOVER_PLAN_AGREED", Load, (scope, plan) =>
                {
                    var on = input.On ?? scope.Today;
                    new Checks().When(plan.AgreedOn is not null, $"The plan was already agreed on {plan.AgreedOn:yyyy-MM-dd}.", "id")
                        .When(on < plan.StartedOn || on > scope.Today, $"on is between the plan's start ({plan.StartedOn:yyyy-MM-dd}) and today.", "on").ThrowIfAny();
                    plan.AgreedOn = on;
                    return Task.CompletedTask;
                });
            });

        mutation.Mutation<TransitionPlanGraphType, HandoverStepInputGraphType>("handOverCase", "transitionPlan", Category,
            "Records that the young person's case moved to the plan's receiving departments on a day; the plan must be agreed first.",
            ctx =>
            {
                var input = ctx.GetArgument<HandoverStepInput>("input");
                return WriteDoor.ChangeAsync<YouthContext, TransitionPlan>(ctx, Category, NodeTypes.TransitionPlan, input.Id, input.Version, "CASE_HANDED_OVER", Load, (scope, plan) =>
                {
                    var on = input.On ?? scope.Today;
                    new Checks().When(plan.AgreedOn is null, "The plan is not agreed yet: agree it with the young person first (agreeHandoverPlan).", "id")
                        .When(plan.HandedOverOn is not null, $"The case was already handed over on {plan.HandedOverOn:yyyy-MM-dd}.", "id")
                        .When(plan.AgreedOn is { } agreed && on < agreed, $"on is not before the plan was agreed ({plan.AgreedOn:yyyy-MM-dd}).", "on").ThrowIfAny();
                    plan.HandedOverOn = on;
                    return Task.CompletedTask;
                });
            });
    }

    private static Task<TransitionPlan?> Load(YouthContext db, Guid id, CancellationToken ct) => db.TransitionPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
}

/// <summary>A handover step: which plan, at which version, on which day.</summary>
public sealed class HandoverStepInput
{
    public string? Id { get; set; }
    public int? Version { get; set; }
    public DateOnly? On { get; set; }
}

public sealed class HandoverStepInputGraphType : InputObjectGraphType<HandoverStepInput>
{
    public HandoverStepInputGraphType()
    {
        Name = "HandoverStepInput";
        Description = "A step of a young person's handover to adult services.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The transition plan's global id.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The plan's version as read.");
        Field(i => i.On, type: typeof(Schema.DateGraphType)).Description("The day; today if omitted.");
    }
}
