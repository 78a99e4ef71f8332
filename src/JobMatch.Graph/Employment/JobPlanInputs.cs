using GraphQL.Types;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Employment;

/// <summary>A new goal or activity in a citizen's job plan.</summary>
public sealed class AddJobPlanItemInput
{
    public string? CitizenId { get; set; }
    public string? Text { get; set; }
    public string? Provider { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? IdempotencyKey { get; set; }
}

/// <summary>A change to a goal or activity, at the version read.</summary>
public sealed class ChangeJobPlanItemInput
{
    public string? Id { get; set; }
    public int? Version { get; set; }
    public string? Text { get; set; }
    public string? Provider { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>Ending a record (a goal, an activity, a placement, a service, a contact person): on a day, reached or cancelled.</summary>
public sealed class EndRecordInput
{
    public string? Id { get; set; }
    public int? Version { get; set; }
    public DateOnly? EndedOn { get; set; }
    public bool Cancelled { get; set; }
}

public sealed class AddJobGoalInputGraphType : InputObjectGraphType<AddJobPlanItemInput>
{
    public AddJobGoalInputGraphType()
    {
        Name = "AddJobGoalInput";
        Description = "A new goal in the citizen's job plan (Min Plan).";
        Field<NonNullGraphType<IdGraphType>>("citizenId").Description("The citizen.");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The goal, e.g. \"Ordinært job som lagermedarbejder\" (at most 500 characters).");
        Field(i => i.From, type: typeof(Schema.DateGraphType)).Description("When the goal is set; today if omitted.");
        Field(i => i.To, type: typeof(Schema.DateGraphType)).Description("The target date; none if omitted.");
        Field<StringGraphType>("idempotencyKey").Description("A key the client chooses once for this create (a UUID serves): a retry with it answers with the first result and makes no second goal.");
    }
}

public sealed class ChangeJobGoalInputGraphType : InputObjectGraphType<ChangeJobPlanItemInput>
{
    public ChangeJobGoalInputGraphType()
    {
        Name = "ChangeJobGoalInput";
        Description = "A change to a goal; fields left out stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The goal's global id.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The goal's version as read.");
        Field<StringGraphType>("text").Description("The new text.");
        Field(i => i.To, type: typeof(Schema.DateGraphType)).Description("The new target date.");
    }
}

public sealed class AddJobActivityInputGraphType : InputObjectGraphType<AddJobPlanItemInput>
{
    public AddJobActivityInputGraphType()
    {
        Name = "AddJobActivityInput";
        Description = "A new activity in the citizen's job plan: a course, mentor support, a clarification (afklaring).";
        Field<NonNullGraphType<IdGraphType>>("citizenId").Description("The citizen.");
        Field<NonNullGraphType<StringGraphType>>("text").Description("What the activity is (at most 300 characters).");
        Field<NonNullGraphType<StringGraphType>>("provider").Description("Who provides it (at most 200 characters).");
        Field(i => i.From, type: typeof(NonNullGraphType<Schema.DateGraphType>)).Description("First day.");
        Field(i => i.To, type: typeof(Schema.DateGraphType)).Description("Last day; open-ended if omitted.");
        Field<StringGraphType>("idempotencyKey").Description("A key the client chooses once for this create: a retry with it answers with the first result.");
    }
}

public sealed class ChangeJobActivityInputGraphType : InputObjectGraphType<ChangeJobPlanItemInput>
{
    public ChangeJobActivityInputGraphType()
    {
        Name = "ChangeJobActivityInput";
        Description = "A change to an activity; fields left out stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The activity's global id.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The activity's version as read.");
        Field<StringGraphType>("text").Description("What the activity is.");
        Field<StringGraphType>("provider").Description("Who provides it.");
        Field(i => i.From, type: typeof(Schema.DateGraphType)).Description("First day.");
        Field(i => i.To, type: typeof(Schema.DateGraphType)).Description("Last day.");
    }
}

public sealed class EndRecordInputGraphType : InputObjectGraphType<EndRecordInput>
{
    public EndRecordInputGraphType()
    {
        Name = "EndRecordInput";
        Description = "Ends a goal, activity, placement, service or contact person on a day: reached (the default) or cancelled.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The record's id.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The record's version as read.");
        Field(i => i.EndedOn, type: typeof(Schema.DateGraphType)).Description("The last day; today if omitted. Not before the record's start.");
        Field<BooleanGraphType>("cancelled").Description("Cancelled rather than reached or completed; false if omitted.").DefaultValue(false);
    }
}
