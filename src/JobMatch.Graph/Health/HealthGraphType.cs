using GraphQL.Types;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;

namespace JobMatch.Graph.Health;

/// <summary>SUF's case for a citizen.</summary>
public sealed class HealthGraphType : ObjectGraphType<CitizenRef>
{
    public HealthGraphType()
    {
        Name = "Health";
        Description = "SUF's case: health and care episodes (rehabilitation, alcohol treatment, home care). Special-category data (GDPR art. 9).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HealthEpisodeGraphType>>>>("episodes").Description("Health and care episodes, oldest first.")
            .Resolve(ctx => ctx.HealthEpisodesOf(ctx.Source.CitizenId))
            .Prefetches((c, id, loads) => loads.Add(c.HealthEpisodesOf(id)));
    }
}
