using GraphQL.Types;
using JobMatch.Data.Youth;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Youth;

/// <summary>A young person's education.</summary>
public sealed class YouthEducationGraphType : ObjectGraphType<YouthEducation>
{
    public YouthEducationGraphType()
    {
        Name = "YouthEducation";
        Description = "A young person's education, e.g. STU (særligt tilrettelagt ungdomsuddannelse).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The education's id: a global id, opaque; node(id:) refetches it.").Resolve(ctx => GlobalId.Of(NodeTypes.YouthEducation, ctx.Source.Id));
        Interface<NodeGraphType>();
        Field(e => e.Programme).Description("The programme, e.g. \"STU\".");
        Field(e => e.Institution).Description("Where.");
        Field(e => e.From).Description("Started.");
        Field(e => e.ExpectedEnd, nullable: true).Description("Expected to end.");
        this.StatusField("Where the education stands.", e => e.From, e => e.ExpectedEnd, e => e.Status);
    }
}
