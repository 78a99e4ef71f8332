using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Nodes;

namespace JobMatch.Graph.Employment;

/// <summary>An employer.</summary>
public sealed class EmployerGraphType : ObjectGraphType<Employer>
{
    public EmployerGraphType()
    {
        Name = "Employer";
        Description = "A company that takes citizens in placements.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The employer's id: a global id, opaque; node(id:) refetches it.").Resolve(ctx => GlobalId.Of(NodeTypes.Employer, ctx.Source.Id));
        Interface<NodeGraphType>();
        Field(e => e.Cvr).Description("The CVR number.");
        Field(e => e.Name).Description("The company's name.");
        Field(e => e.Industry).Description("The industry.");
        Field(e => e.City).Description("Where it is.");
    }
}
