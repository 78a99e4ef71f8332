using GraphQL.Types;
using JobMatch.Data.Social;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Social;

/// <summary>A substance-abuse treatment episode.</summary>
public sealed class SubstanceTreatmentGraphType : ObjectGraphType<SubstanceTreatment>
{
    public SubstanceTreatmentGraphType()
    {
        Name = "SubstanceTreatment";
        Description = "An episode of substance-abuse treatment (stofmisbrugsbehandling).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The episode's id: a global id, opaque; node(id:) refetches it.").Resolve(ctx => GlobalId.Of(NodeTypes.SubstanceTreatment, ctx.Source.Id));
        Interface<NodeGraphType>();
        Field(t => t.Substance).Description("The substance treated.");
        Field(t => t.Form).Description("\"Ambulant\" or \"Døgn\" (residential).");
        Field(t => t.From).Description("From.");
        Field(t => t.To, nullable: true).Description("To; null while ongoing.");
        this.StatusField("Where the treatment stands.", t => t.From, t => t.To, t => t.Status);
    }
}
