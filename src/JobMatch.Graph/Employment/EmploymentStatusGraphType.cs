using GraphQL.Types;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Employment;

/// <summary>The employment summary.</summary>
public sealed class EmploymentStatusGraphType : ObjectGraphType<EmploymentStatus>
{
    public EmploymentStatusGraphType()
    {
        Name = "EmploymentStatus";
        Description = "Whether the citizen is in work now. Paid placements (løntilskud, fleksjob, skånejob, ordinary hours) count as employed; an internship (virksomhedspraktik) does not.";
        Field(s => s.Employed).Description("In paid work now.");
        Field(s => s.PlacementKind, type: typeof(PlacementKindGraphType)).Description("The kind of the current placement, if any.");
        Field<FloatGraphType>("hoursPerWeek").Description("Hours per week in the current placement.")
            .Resolve(ctx => (double?)ctx.Source.HoursPerWeek);
        Field(s => s.Since, nullable: true).Description("Since when the current placement has run.");
    }
}
