using GraphQL.Types;

namespace JobMatch.Graph.Audit;

/// <summary>An access to a citizen's data, as the citizen sees it: no employee names.</summary>
public sealed class OwnAccessGraphType : ObjectGraphType<AccessLogEntry>
{
    public OwnAccessGraphType()
    {
        Name = "OwnAccess";
        Description = "A time someone in the municipality read or changed your data: when, which department, what kind of data and why.";
        Field(r => r.At).Description("When (UTC).");
        Field(r => r.Department, nullable: true).Description("The department that looked.");
        Field(r => r.Category).Description("The kind of data.");
        Field(r => r.Operation).Description("Read, Write or Search.");
        Field("purpose", r => r.StatedPurpose, nullable: true).Description("The purpose stated.");
        Field(r => r.Criterion, nullable: true).Description("What a search looked for.");
        Field(r => r.OutsideCaseload).Description("Whether you were outside the caseload of the employee who looked.");
    }
}
