using GraphQL.Types;
using JobMatch.Data.Audit;

namespace JobMatch.Graph.Audit;

/// <summary>An access to a citizen's data, as the citizen sees it: no employee names.</summary>
public sealed class OwnAccessGraphType : ObjectGraphType<AccessRecord>
{
    public OwnAccessGraphType()
    {
        Name = "OwnAccess";
        Description = "A time someone in the municipality read or changed your data: when, which department, what kind of data and why.";
        Field(r => r.At).Description("When (UTC).");
        Field(r => r.Department, nullable: true).Description("The department that looked.");
        Field(r => r.Category).Description("The kind of data.");
        Field(r => r.Operation).Description("Read or Write.");
        Field(r => r.Purpose, nullable: true).Description("The purpose stated.");
    }
}
