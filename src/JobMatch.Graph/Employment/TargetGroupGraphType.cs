using GraphQL.Types;
using JobMatch.Data.Employment;

namespace JobMatch.Graph.Employment;

/// <summary>A target group, as effective-dated reference data.</summary>
public sealed class TargetGroupGraphType : ObjectGraphType<TargetGroup>
{
    public TargetGroupGraphType()
    {
        Name = "TargetGroup";
        Description = "A target group (målgruppe) under the employment act, with the period it applies: the 2025–2027 reforms retire groups and add new ones.";
        Field(t => t.Code).Description("The group's code.");
        Field(t => t.Name).Description("The group's name.");
        Field(t => t.Description).Description("Who belongs to it.");
        Field(t => t.LawReference).Description("Where the law defines it.");
        Field(t => t.ValidFrom).Description("The group applies from this date.");
        Field(t => t.ValidTo, nullable: true).Description("The group applies until this date; null while in force.");
    }
}
