using GraphQL;
using GraphQL.DataLoader;
using JobMatch.Data.Social;
using JobMatch.Graph.Batching;

namespace JobMatch.Graph.Social;

/// <summary>Batched reads of SOF's Social source.</summary>
public static class SocialLoaders
{
    public static IDataLoaderResult<IReadOnlyList<SocialActionPlan>> ActionPlansOf(this IResolveFieldContext context, Guid citizenId) =>
        context.Loaders().ByCitizen<SocialContext, SocialActionPlan>("social.actionPlans", db => db.ActionPlans.OrderBy(p => p.CreatedOn)).Load(citizenId);

    public static IDataLoaderResult<IReadOnlyList<SocialGoal>> SocialGoalsOf(this IResolveFieldContext context, Guid citizenId) =>
        context.Loaders().ByCitizen<SocialContext, SocialGoal>("social.goals", db => db.Goals.OrderBy(g => g.SetOn)).Load(citizenId);

    public static IDataLoaderResult<IReadOnlyList<SocialService>> SocialServicesOf(this IResolveFieldContext context, Guid citizenId) =>
        context.Loaders().ByCitizen<SocialContext, SocialService>("social.services", db => db.Services.OrderBy(s => s.From)).Load(citizenId);

    public static IDataLoaderResult<IReadOnlyList<SubstanceTreatment>> SubstanceTreatmentsOf(this IResolveFieldContext context, Guid citizenId) =>
        context.Loaders().ByCitizen<SocialContext, SubstanceTreatment>("social.substanceTreatments", db => db.SubstanceTreatments.OrderBy(t => t.From)).Load(citizenId);
}
