using GraphQL.Types;
using JobMatch.Graph.Employment;
using JobMatch.Graph.Limits;
using JobMatch.Graph.Projects;

namespace JobMatch.Graph.Outcomes;

/// <summary>Outcomes across departments for a project or a target group, in disclosed aggregates only.</summary>
public sealed class OutcomesGraphType : ObjectGraphType<Outcomes>
{
    public OutcomesGraphType()
    {
        Name = "Outcomes";
        Description = $"What happened to participants and to a comparison group of the same target group who were not enrolled, counted on a fixed monthly snapshot. Aggregates only: every count is rounded to a multiple of {Disclosure.RoundingBase}, every share is computed from rounded counts, and a figure covering or counting fewer than {Disclosure.MinimumCell} citizens is null (and so is the next smallest cell of a breakdown where only one would be).";
        Field<ProjectGraphType>("project").Description("The project, when the outcome is a project's.").Resolve(ctx => ctx.Source.Project);
        Field<TargetGroupGraphType>("targetGroup").Description("The target group the outcome is narrowed to, when one was asked for.").Resolve(ctx => ctx.Source.TargetGroup);
        Field<NonNullGraphType<Schema.DateGraphType>>("snapshot").Description("The first day of the month the figures are counted on: only what is dated before it counts, so every answer this month is the same.")
            .Resolve(ctx => ctx.Source.Table.Snapshot);
        Field<NonNullGraphType<IntGraphType>>("roundingBase").Description("Counts are rounded to the nearest multiple of this.").Resolve(_ => Disclosure.RoundingBase);
        Field<NonNullGraphType<IntGraphType>>("minimumCell").Description("A figure covering or counting fewer citizens than this is null.").Resolve(_ => Disclosure.MinimumCell);
        Field<NonNullGraphType<OutcomeCellGraphType>>("total").Description("Everyone: all participants against the whole comparison group.").Resolve(ctx => ctx.Source.Table.Total);
        Breakdown("byQuarter", OutcomeDimension.Quarter, "By the quarter of the index date (enrolment, or entering the target group for the comparison group), e.g. 2025-Q3.", 100);
        Breakdown("byDistrict", OutcomeDimension.District, "By the citizen's district (bydel).", 12);
        Breakdown("byTargetGroup", OutcomeDimension.TargetGroup, "By the target group (its code) the citizen was in on the index date; NONE for a participant in none.", 16);
        Breakdown("byReferringDepartment", OutcomeDimension.ReferringDepartment, "By the department whose unit referred the participant (BIF, SOF, SUF, BUF, or OTHER for a partner); the comparison group was referred by no one, so it is null here.", 5);
    }

    private void Breakdown(string name, OutcomeDimension dimension, string description, int size) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutcomeCellGraphType>>>>(name).Description(description).ListSize(size)
            .Resolve(ctx => ctx.Source.Table.Breakdowns[dimension]);
}

public sealed class OutcomeCellGraphType : ObjectGraphType<OutcomeCell>
{
    public OutcomeCellGraphType()
    {
        Name = "OutcomeCell";
        Description = "One cell of an outcome table: participants and their comparison group.";
        Field(c => c.Key).Description("What the cell holds: ALL for the total, else the quarter, district, target-group code or department.");
        Field<NonNullGraphType<OutcomeGroupGraphType>>("participants").Description("The citizens enrolled.").Resolve(ctx => ctx.Source.Participants);
        Field<OutcomeGroupGraphType>("comparison").Description("Citizens of the same target group who were not enrolled; null where the breakdown does not apply to them.").Resolve(ctx => ctx.Source.Comparison);
    }
}

public sealed class OutcomeGroupGraphType : ObjectGraphType<OutcomeGroup>
{
    public OutcomeGroupGraphType()
    {
        Name = "OutcomeGroup";
        Description = "A group of citizens, measured on its index date and at the chosen months after it.";
        Field<IntGraphType>("citizens").Description("Citizens in the group (rounded); null when too few to show.").Resolve(ctx => Disclosure.Publish(ctx.Source.Citizens).Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutcomeMomentGraphType>>>>("moments").Description("The group at its index date (monthsAfter 0) and at each chosen number of months after it.")
            .ListSize(7).Resolve(ctx => ctx.Source.Moments);
    }
}

public sealed class OutcomeMomentGraphType : ObjectGraphType<OutcomeMoment>
{
    public OutcomeMomentGraphType()
    {
        Name = "OutcomeMoment";
        Description = "A group a given number of months after its index date, counting only the citizens observed that long before the snapshot.";
        Field(m => m.MonthsAfter).Description("Months after the index date; 0 is the day of enrolment (the state before).");
        Field<IntGraphType>("citizens").Description("Citizens observed this long (rounded); every figure of the moment covers them. Null when too few.").Resolve(ctx => Disclosure.Publish(ctx.Source.Citizens).Count);
        Field<NonNullGraphType<OutcomeShareGraphType>>("employed").Description("In paid work that day: løntilskud, fleksjob, skånejob or ordinary hours (not an unpaid internship).")
            .Resolve(ctx => Disclosure.Publish(ctx.Source.Employed));
        Field<FloatGraphType>("hoursPerWeek").Description("Average weekly hours of paid work that day over all citizens observed (0 for those out of work), one decimal; null when fewer than the minimum work.")
            .Resolve(ctx => Disclosure.Publish(ctx.Source.HoursPerWeek).Mean);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportUseGraphType>>>>("support").Description("How many used each kind of SOF's and SUF's support that day.").ListSize(5)
            .Resolve(ctx => ctx.Source.Support.Select(s => new SupportUse(s.Key, Disclosure.Publish(s.Value))).ToList());
    }
}

/// <summary>A published share of one kind of support.</summary>
public sealed record SupportUse(SupportKind Kind, Published Figure);

public sealed class OutcomeShareGraphType : ObjectGraphType<Published>
{
    public OutcomeShareGraphType()
    {
        Name = "OutcomeShare";
        Description = "How many of the citizens observed have a property (rounded), and their share in whole per cent computed from the rounded counts; null when too few to show.";
        Field(p => p.Count, nullable: true).Description("Citizens counted, rounded.");
        Field(p => p.Percent, nullable: true).Description("Per cent of the citizens observed, from the rounded counts.");
    }
}

public sealed class SupportUseGraphType : ObjectGraphType<SupportUse>
{
    public SupportUseGraphType()
    {
        Name = "SupportUse";
        Description = "The use of one kind of support that day.";
        Field<NonNullGraphType<SupportKindGraphType>>("kind").Description("The kind of support.").Resolve(ctx => ctx.Source.Kind);
        Field<IntGraphType>("count").Description("Citizens using it, rounded; null when too few to show.").Resolve(ctx => ctx.Source.Figure.Count);
        Field<IntGraphType>("percent").Description("Per cent of the citizens observed, from the rounded counts; null when too few to show.").Resolve(ctx => ctx.Source.Figure.Percent);
    }
}

public sealed class SupportKindGraphType : EnumerationGraphType<SupportKind>
{
    public SupportKindGraphType()
    {
        Name = "SupportKind";
        Description = "SOF's and SUF's support whose use the outcomes count.";
        Values.FindByValue(SupportKind.SupportInOwnHome)!.Description = "§85: socialpædagogisk støtte i eget hjem (SOF).";
        Values.FindByValue(SupportKind.ShelteredEmployment)!.Description = "§103: beskyttet beskæftigelse (SOF).";
        Values.FindByValue(SupportKind.ActivityOffer)!.Description = "§104: aktivitets- og samværstilbud (SOF).";
        Values.FindByValue(SupportKind.Housing)!.Description = "§107/§108: midlertidigt eller længerevarende botilbud (SOF).";
        Values.FindByValue(SupportKind.HealthAndCare)!.Description = "SUF's health and care: rehabilitation, alcohol treatment, home care or prevention.";
    }
}
