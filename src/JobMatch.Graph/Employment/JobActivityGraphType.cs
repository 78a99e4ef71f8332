using GraphQL.Types;
using JobMatch.Data.Employment;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Employment;

/// <summary>An activity in the job plan.</summary>
public sealed class JobActivityGraphType : ObjectGraphType<JobActivity>
{
    public JobActivityGraphType()
    {
        Name = "JobActivity";
        Description = "An activity in the job plan: a course, mentor support, a clarification (afklaring).";
        Field<NonNullGraphType<IntGraphType>>("version").Description("The record's version: send it back with a change, which is refused with a ConflictError when someone changed the record since.").Resolve(ctx => ctx.Source.Version);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The activity's id: a global id, opaque; node(id:) refetches it.").Resolve(ctx => GlobalId.Of(NodeTypes.JobActivity, ctx.Source.Id));
        Interface<NodeGraphType>();
        Field(a => a.Title).Description("What the activity is.");
        Field(a => a.Provider).Description("Who delivers it.");
        Field(a => a.From).Description("First day.");
        Field(a => a.To, nullable: true).Description("Last day; null while open-ended.");
        this.StatusField("Where the activity stands.", a => a.From, a => a.To, a => a.Status);
    }
}
