using GraphQL;
using GraphQL.DataLoader;
using JobMatch.Data.Youth;
using JobMatch.Graph.Batching;

namespace JobMatch.Graph.Youth;

/// <summary>Batched reads of BUF's Youth source.</summary>
public static class YouthLoaders
{
    public static IDataLoaderResult<IReadOnlyList<YouthEducation>> EducationsOf(this IResolveFieldContext context, Guid citizenId) =>
        context.Loaders().ByCitizen<YouthContext, YouthEducation>("youth.educations", db => db.Educations.OrderBy(e => e.From)).Load(citizenId);

    public static IDataLoaderResult<IReadOnlyList<TransitionPlan>> TransitionPlansOf(this IResolveFieldContext context, Guid citizenId) =>
        context.Loaders().ByCitizen<YouthContext, TransitionPlan>("youth.transitionPlans", db => db.TransitionPlans.OrderBy(p => p.StartedOn)).Load(citizenId);
}
