using GraphQL.Types;
using JobMatch.Data.Employment;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Employment;

/// <summary>A company placement.</summary>
public sealed class PlacementGraphType : ObjectGraphType<Placement>
{
    public PlacementGraphType()
    {
        Name = "Placement";
        Description = "A placement with an employer: virksomhedspraktik, løntilskud, fleksjob, skånejob or ordinary hours.";
        Field<NonNullGraphType<IntGraphType>>("version").Description("The record's version: send it back with a change, which is refused with a ConflictError when someone changed the record since.").Resolve(ctx => ctx.Source.Version);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The placement's id: a global id, opaque; node(id:) refetches it.").Resolve(ctx => GlobalId.Of(NodeTypes.Placement, ctx.Source.Id));
        Interface<NodeGraphType>();
        Field(p => p.Kind, type: typeof(NonNullGraphType<PlacementKindGraphType>)).Description("The kind of placement.");
        Field<EmployerGraphType>("employer").Description("The employer (from the Registry).").Resolve(ctx => ctx.EmployerById(ctx.Source.EmployerId));
        Field(p => p.From).Description("First day.");
        Field(p => p.To, nullable: true).Description("Last day; null while open-ended.");
        Field<NonNullGraphType<FloatGraphType>>("hoursPerWeek").Description("Hours per week.").Resolve(ctx => (double)ctx.Source.HoursPerWeek);
        this.StatusField("Where the placement stands.", p => p.From, p => p.To, p => p.Status);
    }
}
