using GraphQL.Types;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Employment;

/// <summary>The employment summary.</summary>
public sealed class EmploymentStatusGraphType : ObjectGraphType<EmploymentStatus>
{
    public EmploymentStatusGraphType()
    {
        Name = "EmploymentStatus";
        Description = "Where the citizen stands with the jobcenter today: in paid work (ordinary hours, fleksjob, løntilskud, skånejob), in an offer (virksomhedspraktik, afklaring), out of work with a case, or no case at all; since when, with which employer, on which benefit and in which target group. Computed on the day of the request.";
        Field<NonNullGraphType<EmploymentSituationGraphType>>("situation").Description("In paid work, in an offer, out of work with a case, or no case with the jobcenter.")
            .Resolve(ctx => ctx.Source.Situation);
        Field(s => s.Employed).Description("In paid work now (situation IN_PAID_WORK).");
        Field<PlacementKindGraphType>("placementKind").Description("The kind of the current placement, if any.")
            .Resolve(ctx => ctx.Source.Placement?.Kind);
        Field<FloatGraphType>("hoursPerWeek").Description("Hours per week in the current placement.")
            .Resolve(ctx => (double?)ctx.Source.Placement?.HoursPerWeek);
        Field(s => s.Since, nullable: true).Description("Since when the situation has held: the placement's or offer's first day, or the benefit's (else the target group's) when out of work.");
        Field<EmployerGraphType>("employer").Description("The employer of the current placement, if any.")
            .Resolve(ctx => ctx.Source.Placement is { } p ? ctx.EmployerById(p.EmployerId) : null);
        Field<StringGraphType>("offer").Description("The afklaringsforløb the citizen is in, when that is the offer.")
            .Resolve(ctx => ctx.Source.Offer?.Title);
        Field<BenefitTypeGraphType>("benefit").Description("The benefit (ydelse) received today, if any.")
            .Resolve(ctx => ctx.Source.Benefit is { } b ? ctx.BenefitTypeByCode(b.BenefitCode) : null);
        Field<TargetGroupGraphType>("targetGroup").Description("The target group (målgruppe) the citizen is in today, if any.")
            .Resolve(ctx => ctx.Source.TargetGroup is { } t ? ctx.TargetGroupByCode(t.TargetGroupCode) : null);
    }
}

/// <summary>Where a citizen stands with the jobcenter.</summary>
public sealed class EmploymentSituationGraphType : EnumerationGraphType<EmploymentSituation>
{
    public EmploymentSituationGraphType()
    {
        Name = "EmploymentSituation";
        Description = "Where a citizen stands with the jobcenter today.";
        Values.FindByValue(EmploymentSituation.InPaidWork)!.Description = "Paid work: ordinary hours, fleksjob, løntilskud or skånejob.";
        Values.FindByValue(EmploymentSituation.InOffer)!.Description = "An offer that is not paid work: virksomhedspraktik or an afklaringsforløb.";
        Values.FindByValue(EmploymentSituation.NotInWork)!.Description = "A case with the jobcenter (a target group, a benefit or a plan activity now), but neither work nor an offer.";
        Values.FindByValue(EmploymentSituation.NoJobcenterCase)!.Description = "Nothing with the jobcenter now.";
    }
}
