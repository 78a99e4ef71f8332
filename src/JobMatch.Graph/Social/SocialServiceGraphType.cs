using GraphQL.Types;
using JobMatch.Data.Social;
using JobMatch.Graph.Agencies;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Social;

/// <summary>A granted social service.</summary>
public sealed class SocialServiceGraphType : ObjectGraphType<SocialService>
{
    public SocialServiceGraphType()
    {
        Name = "SocialService";
        Description = "A service SOF has granted, and the unit that delivers it.";
        Field<NonNullGraphType<IntGraphType>>("version").Description("The record's version: send it back with a change, which is refused with a ConflictError when someone changed the record since.").Resolve(ctx => ctx.Source.Version);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The service's id: a global id, opaque; node(id:) refetches it.").Resolve(ctx => GlobalId.Of(NodeTypes.SocialService, ctx.Source.Id));
        Interface<NodeGraphType>();
        Field(s => s.Kind, type: typeof(NonNullGraphType<SocialServiceKindGraphType>)).Description("The kind of service (its paragraph).");
        Field(s => s.Title).Description("What is granted.");
        Field<AgencyGraphType>("provider").Description("The unit that delivers it.").Resolve(ctx => ctx.AgencyByCode(ctx.Source.ProviderCode));
        Field(s => s.From).Description("From.");
        Field(s => s.To, nullable: true).Description("To; null while open-ended.");
        Field<FloatGraphType>("hoursPerWeek").Description("Hours per week, where the service is measured in hours.").Resolve(ctx => (double?)ctx.Source.HoursPerWeek);
        this.StatusField("Where the service stands.", s => s.From, s => s.To, s => s.Status);
    }
}
