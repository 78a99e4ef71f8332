using GraphQL.Types;
using JobMatch.Data.Registry;

namespace JobMatch.Graph.Employment;

/// <summary>An employer.</summary>
public sealed class EmployerGraphType : ObjectGraphType<Employer>
{
    public EmployerGraphType()
    {
        Name = "Employer";
        Description = "A company that takes citizens in placements.";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The employer's id.");
        Field(e => e.Cvr).Description("The CVR number.");
        Field(e => e.Name).Description("The company's name.");
        Field(e => e.Industry).Description("The industry.");
        Field(e => e.City).Description("Where it is.");
    }
}
