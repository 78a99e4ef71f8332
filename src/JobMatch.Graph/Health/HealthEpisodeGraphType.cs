using GraphQL.Types;
using JobMatch.Data.Health;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Health;

/// <summary>A health or care episode.</summary>
public sealed class HealthEpisodeGraphType : ObjectGraphType<HealthEpisode>
{
    public HealthEpisodeGraphType()
    {
        Name = "HealthEpisode";
        Description = "A health or care episode.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The episode's id: a global id, opaque; node(id:) refetches it.").Resolve(ctx => GlobalId.Of(NodeTypes.HealthEpisode, ctx.Source.Id));
        Interface<NodeGraphType>();
        Field(e => e.Kind, type: typeof(NonNullGraphType<HealthEpisodeKindGraphType>)).Description("The kind of episode.");
        Field(e => e.Title).Description("What it is.");
        Field(e => e.Provider).Description("Who delivers it.");
        Field(e => e.From).Description("From.");
        Field(e => e.To, nullable: true).Description("To; null while ongoing.");
        this.StatusField("Where the episode stands.", e => e.From, e => e.To, e => e.Status);
    }
}
