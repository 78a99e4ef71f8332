using GraphQL.Types;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Changes;

/// <summary>
/// One change to a citizen's record as a subscriber may see it: who, what kind of change, by which department and
/// when, for every department involved with the citizen; the changed record's id only for those who may read that
/// department's detail (they refetch it with node(id:) under the same rules).
/// </summary>
public sealed record CitizenChange(Guid CitizenId, string Kind, string Department, DateTime At, string? RecordId);

public sealed class CitizenChangeGraphType : ObjectGraphType<CitizenChange>
{
    public CitizenChangeGraphType()
    {
        Name = "CitizenChange";
        Description = "A change to the record of a citizen the viewer's department works with.";
        Field<NonNullGraphType<IdGraphType>>("citizenId").Description("The citizen (their id; citizen(id:) reads them under the access rules).").Resolve(ctx => GlobalId.Of(NodeTypes.Citizen, ctx.Source.CitizenId));
        Field(c => c.Kind).Description("What happened, e.g. PLACEMENT_REGISTERED, JOB_GOAL_CHANGED, KLAPJOB_HIRED, SOCIAL_SERVICE_GRANTED, CONTACT_PERSON_ASSIGNED.");
        Field<NonNullGraphType<DepartmentCodeGraphType>>("department").Description("The department that made the change.").Resolve(ctx => ctx.Source.Department);
        Field(c => c.At).Description("When the change was saved (UTC).");
        Field<IdGraphType>("recordId").Description("The changed record's global id; null when the viewer may not read that department's detail about the citizen (no consent, or not the consent's purpose).").Resolve(ctx => ctx.Source.RecordId);
    }
}
