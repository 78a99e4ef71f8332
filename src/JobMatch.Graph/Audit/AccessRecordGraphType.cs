using GraphQL.Types;

namespace JobMatch.Graph.Audit;

/// <summary>An access record, as auditors see it.</summary>
public sealed class AccessRecordGraphType : ObjectGraphType<AccessLogEntry>
{
    public AccessRecordGraphType()
    {
        Name = "AccessRecord";
        Description = "One read, write or search (or its denial) of one category of one citizen's data in one request.";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The record's place in the log.");
        Field(r => r.At).Description("When (UTC).");
        Field(r => r.RequestId).Description("The request, as its correlation id.");
        Field(r => r.Subject).Description("Who: the token's subject.");
        Field(r => r.SubjectName, nullable: true).Description("Who, by name.");
        Field(r => r.Department, nullable: true).Description("The viewer's department.");
        Field(r => r.Role).Description("The viewer's roles.");
        Field(r => r.CitizenId, type: typeof(IdGraphType)).Description("The citizen whose data it was; null for a search that found nobody.");
        Field(r => r.Category).Description("The data category.");
        Field(r => r.Operation).Description("Read, Write or Search.");
        Field(r => r.OperationName, nullable: true).Description("The GraphQL operation's name.");
        Field("purpose", r => r.StatedPurpose, nullable: true).Description("The purpose the request stated.");
        Field(r => r.Allowed).Description("Whether the access was allowed.");
        Field(r => r.Criterion, nullable: true).Description("What a search looked for.");
        Field(r => r.OutsideCaseload).Description("Whether the citizen was outside the viewer's own caseload.");
        Field(r => r.Hash).Description("The hash of the record's request in the chain; it covers every record of that request.");
    }
}
