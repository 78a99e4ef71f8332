using GraphQL;
using GraphQL.DataLoader;
using JobMatch.Data.Health;
using JobMatch.Graph.Batching;

namespace JobMatch.Graph.Health;

/// <summary>Batched reads of SUF's Health source.</summary>
public static class HealthLoaders
{
    public static IDataLoaderResult<IReadOnlyList<HealthEpisode>> HealthEpisodesOf(this IResolveFieldContext context, Guid citizenId) =>
        context.Loaders().ByCitizen<HealthContext, HealthEpisode>("health.episodes", db => db.Episodes.OrderBy(e => e.From)).Load(citizenId);
}
