using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using JobMatch.Data.Youth;
using JobMatch.Graph.Access;
using JobMatch.Graph.Agencies;
using JobMatch.Graph.Schema;
using DateGraphType = JobMatch.Graph.Schema.DateGraphType;

namespace JobMatch.Graph.Youth;

/// <summary>A young person whose case is moving from BUF to the adult departments.</summary>
public sealed class YouthHandoverGraphType : ObjectGraphType<YouthHandover>
{
    public YouthHandoverGraphType()
    {
        Name = "YouthHandover";
        Description = "A young person whose case moves from BUF to the adult departments (handicap policy 2011–12, 3.2.2: handed over from about 17 years 2 months, the plan agreed with the young person by 17½). The entry (who, the dates, the state, whom to call) is for BUF and the departments the plan names as receiving; the plan's content is BUF's detail (YOUTH_DETAIL), for a receiving department only under the young person's consent.";
        this.BelongsToCitizen(h => h.CitizenId);
        Field<NonNullGraphType<IdGraphType>>("citizenId").Description("The young person's municipal person id (citizen(id:) answers only to a department whose caseload they are in).").Resolve(ctx => ctx.Source.CitizenId);
        Field<StringGraphType>("name").Description("Full name.").Category(DataCategory.Handover).Resolve(ctx => $"{ctx.Source.Citizen.FirstName} {ctx.Source.Citizen.LastName}");
        Field<DateGraphType>("birthDate").Description("Date of birth.").Category(DataCategory.Handover).Resolve(ctx => ctx.Source.Citizen.BirthDate);
        Field<HandoverStateGraphType>("state").Description("Where the handover stands on the day of the request.").Category(DataCategory.Handover).Resolve(ctx => ctx.Source.State);
        Field<DateGraphType>("dueFrom").Description("17 years and 2 months: the handover is due from this day.").Category(DataCategory.Handover)
            .Resolve(ctx => HandoverCalendar.DueFrom(ctx.Source.Citizen.BirthDate));
        Field<DateGraphType>("planDueBy").Description("17½: the plan is to be agreed with the young person by this day, six months before the 18th birthday.").Category(DataCategory.Handover)
            .Resolve(ctx => HandoverCalendar.PlanDueBy(ctx.Source.Citizen.BirthDate));
        Field<DateGraphType>("eighteenOn").Description("The 18th birthday.").Category(DataCategory.Handover)
            .Resolve(ctx => HandoverCalendar.EighteenOn(ctx.Source.Citizen.BirthDate));
        Field<DateGraphType>("planStartedOn").Description("When BUF started the transition plan; null before there is one.").Category(DataCategory.Handover).Resolve(ctx => ctx.Source.Plan?.StartedOn);
        Field<DateGraphType>("plannedTransferOn").Description("When the case is planned to move.").Category(DataCategory.Handover).Resolve(ctx => ctx.Source.Plan?.PlannedTransferOn);
        Field<DateGraphType>("agreedOn").Description("When the plan was agreed for and with the young person, if it has been.").Category(DataCategory.Handover).Resolve(ctx => ctx.Source.Plan?.AgreedOn is { } on && on <= ctx.Today() ? on : null);
        Field<DateGraphType>("handedOverOn").Description("When the case moved to the receiving departments, if it has.").Category(DataCategory.Handover).Resolve(ctx => ctx.Source.Plan?.HandedOverOn is { } on && on <= ctx.Today() ? on : null);
        Field<ListGraphType<NonNullGraphType<HandoverReceiverGraphType>>>("receiving").Description("The departments the plan names as receiving the case, each with its contact person once it has named one; empty before there is a plan.")
            .Category(DataCategory.Handover).Resolve(ctx => ctx.Source.Receiving);
        Field<HandoverContactGraphType>("bufContact").Description("Whom to call at BUF: the young person's contact person there (the last one, after the handover).")
            .Category(DataCategory.Handover).Resolve(ctx => ctx.Source.BufContact);
        Field<TransitionPlanGraphType>("transitionPlan").Description("The plan itself (its summary: the social and the employment effort agreed): BUF's detail. A receiving department reads it only under the young person's consent from BUF, with its purpose (YOUTH_TRANSITION).")
            .Category(DataCategory.YouthDetail).Resolve(ctx => ctx.Source.Plan);
        Field<ListGraphType<NonNullGraphType<YouthEducationGraphType>>>("educations").Description("The young person's educations (STU and others): BUF's detail, like the plan.")
            .Category(DataCategory.YouthDetail).Resolve(ctx => ctx.EducationsOf(ctx.Source.CitizenId));
    }
}

public sealed class HandoverReceiverGraphType : ObjectGraphType<HandoverReceiver>
{
    public HandoverReceiverGraphType()
    {
        Name = "HandoverReceiver";
        Description = "A department the transition plan names as receiving the young person's case.";
        Field<NonNullGraphType<DepartmentCodeGraphType>>("department").Description("The receiving department.").Resolve(ctx => ctx.Source.Department);
        Field<HandoverContactGraphType>("contact").Description("Its contact person for the young person, from the day it named one (possibly a day still to come); null until then: call BUF.").Resolve(ctx => ctx.Source.Contact);
    }
}

public sealed class HandoverContactGraphType : ObjectGraphType<HandoverContact>
{
    public HandoverContactGraphType()
    {
        Name = "HandoverContact";
        Description = "Whom to call about the young person in one department, and in which unit: what the parties to a handover need to coordinate.";
        Field<NonNullGraphType<DepartmentCodeGraphType>>("department").Description("The department.").Resolve(ctx => ctx.Source.Employee.DepartmentCode);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name.").Resolve(ctx => ctx.Source.Employee.Name);
        Field<StringGraphType>("title").Description("Job title, e.g. \"UU-vejleder\".").Resolve(ctx => ctx.Source.Employee.Title);
        Field<AgencyGraphType>("unit").Description("The unit that holds the young person's case in the department.").Resolve(ctx => ctx.AgencyByCode(ctx.Source.Employee.UnitCode));
        Field<StringGraphType>("phone").Description("Work phone.").Resolve(ctx => ctx.Source.Employee.Phone);
        Field<StringGraphType>("email").Description("Work e-mail.").Resolve(ctx => ctx.Source.Employee.Email);
        Field<NonNullGraphType<DateGraphType>>("from").Description("Contact person from this day.").Resolve(ctx => ctx.Source.Assignment.From);
        Field<DateGraphType>("to").Description("Contact person until this day, if that has ended.").Resolve(ctx => ctx.Source.Assignment.To);
    }
}

public sealed class HandoverStateGraphType : EnumerationGraphType
{
    public HandoverStateGraphType()
    {
        Name = "HandoverState";
        Description = "Where a young person's handover from BUF to the adult departments stands on the day of the request.";
        Add("NOT_DUE", HandoverState.NotDue, "Before 17 years and 2 months.");
        Add("DUE", HandoverState.Due, "From 17 years and 2 months: the handover is due, and no plan is agreed yet (it is due by 17½).");
        Add("PLAN_OVERDUE", HandoverState.PlanOverdue, "Past 17½ and no plan agreed.");
        Add("PLAN_AGREED", HandoverState.PlanAgreed, "The plan is agreed; the case has not moved yet.");
        Add("HANDED_OVER", HandoverState.HandedOver, "The case has moved to the receiving departments.");
    }
}

/// <summary>A page of the handover worklist, with <c>nodes</c> beside <c>edges</c>.</summary>
public sealed class YouthHandoverConnectionGraphType : ConnectionType<YouthHandoverGraphType, EdgeType<YouthHandoverGraphType>>
{
    public YouthHandoverConnectionGraphType()
    {
        Name = "YouthHandoverConnection";
        Field<ListGraphType<NonNullGraphType<YouthHandoverGraphType>>>("nodes").Description("The young people on the page, without their cursors.")
            .Resolve(ctx => ((Connection<YouthHandover>)ctx.Source!).Edges?.Select(e => e.Node).ToList());
    }
}
