using GraphQL.Types;
using JobMatch.Data.Employment;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Employment;

/// <summary>A company placement to register.</summary>
public sealed class RegisterPlacementInput
{
    public string? CitizenId { get; set; }
    public PlacementKind Kind { get; set; }
    public string? EmployerId { get; set; }
    public double? HoursPerWeek { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public string? IdempotencyKey { get; set; }
}

/// <summary>A placement's new last day.</summary>
public sealed class ExtendPlacementInput
{
    public string? Id { get; set; }
    public int? Version { get; set; }
    public DateOnly? To { get; set; }
    public double? HoursPerWeek { get; set; }
}

public sealed class RegisterPlacementInputGraphType : InputObjectGraphType<RegisterPlacementInput>
{
    public RegisterPlacementInputGraphType()
    {
        Name = "RegisterPlacementInput";
        Description = "A company placement: its kind, the employer (from the Registry), hours and period.";
        Field<NonNullGraphType<IdGraphType>>("citizenId").Description("The citizen.");
        Field(i => i.Kind, type: typeof(NonNullGraphType<PlacementKindGraphType>)).Description("The kind of placement.");
        Field<NonNullGraphType<IdGraphType>>("employerId").Description("The employer's global id (an Employer in the Registry).");
        Field<NonNullGraphType<FloatGraphType>>("hoursPerWeek").Description("Hours per week: more than 0, at most 37.");
        Field(i => i.From, type: typeof(NonNullGraphType<Schema.DateGraphType>)).Description("First day.");
        Field(i => i.To, type: typeof(Schema.DateGraphType)).Description("Last day; open-ended if omitted.");
        Field<StringGraphType>("idempotencyKey").Description("A key the client chooses once for this placement (a UUID serves): a retry with it answers with the first placement and never registers a second.");
    }
}

public sealed class ExtendPlacementInputGraphType : InputObjectGraphType<ExtendPlacementInput>
{
    public ExtendPlacementInputGraphType()
    {
        Name = "ExtendPlacementInput";
        Description = "Extends a placement to a later last day (and may change its hours).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The placement's global id.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The placement's version as read.");
        Field(i => i.To, type: typeof(NonNullGraphType<Schema.DateGraphType>)).Description("The new last day: later than the current one.");
        Field<FloatGraphType>("hoursPerWeek").Description("New hours per week; unchanged if omitted.");
    }
}
