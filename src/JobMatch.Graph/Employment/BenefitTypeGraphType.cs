using GraphQL.Types;
using JobMatch.Data.Employment;

namespace JobMatch.Graph.Employment;

/// <summary>A kind of benefit.</summary>
public sealed class BenefitTypeGraphType : ObjectGraphType<BenefitType>
{
    public BenefitTypeGraphType()
    {
        Name = "BenefitType";
        Description = "A kind of benefit (ydelse), as effective-dated reference data.";
        Field(t => t.Code).Description("The benefit's code.");
        Field(t => t.Name).Description("The benefit's name.");
        Field(t => t.Description).Description("What it is.");
        Field(t => t.ValidFrom).Description("Applies from.");
        Field(t => t.ValidTo, nullable: true).Description("Applies until; null while in force.");
    }
}
