using GraphQL.Types;
using JobMatch.Data;

namespace JobMatch.Graph.Schema;

/// <summary>Conditions on a text field, as HotChocolate names them; every one given must hold.</summary>
public sealed class StringOperationFilter
{
    public string? Eq { get; set; }
    public string? Neq { get; set; }
    public List<string>? In { get; set; }
    public string? Contains { get; set; }
    public string? StartsWith { get; set; }

    /// <summary>Whether the value meets every condition, compared the Danish way (<see cref="DanishText"/>).</summary>
    public bool Matches(string? value)
    {
        var folded = DanishText.Fold(value ?? "");
        return (Eq is null || folded == DanishText.Fold(Eq))
            && (Neq is null || folded != DanishText.Fold(Neq))
            && (In is null || In.Any(v => folded == DanishText.Fold(v)))
            && (Contains is null || folded.Contains(DanishText.Fold(Contains), StringComparison.Ordinal))
            && (StartsWith is null || folded.StartsWith(DanishText.Fold(StartsWith), StringComparison.Ordinal));
    }
}

public sealed class StringOperationFilterInputGraphType : InputObjectGraphType<StringOperationFilter>
{
    public StringOperationFilterInputGraphType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text; every one given must hold. Names and districts compare the Danish way: case does not matter, accents other than æ, ø and å do not matter, and \"aa\" is \"å\" (\"nørrebro\" finds Nørrebro).";
        Field(f => f.Eq, nullable: true).Description("Equal to.");
        Field(f => f.Neq, nullable: true).Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Equal to one of these.");
        Field(f => f.Contains, nullable: true).Description("Contains this.");
        Field(f => f.StartsWith, nullable: true).Description("Starts with this.");
    }
}

/// <summary>Conditions on a date; every one given must hold.</summary>
public sealed class DateOperationFilter
{
    public DateOnly? Eq { get; set; }
    public DateOnly? Neq { get; set; }
    public List<DateOnly>? In { get; set; }
    public DateOnly? Gt { get; set; }
    public DateOnly? Gte { get; set; }
    public DateOnly? Lt { get; set; }
    public DateOnly? Lte { get; set; }
}

public sealed class DateOperationFilterInputGraphType : InputObjectGraphType<DateOperationFilter>
{
    public DateOperationFilterInputGraphType()
    {
        Name = "DateOperationFilterInput";
        Description = "Conditions on a date; every one given must hold.";
        Field(f => f.Eq, type: typeof(DateGraphType)).Description("On this day.");
        Field(f => f.Neq, type: typeof(DateGraphType)).Description("Not on this day.");
        Field<ListGraphType<NonNullGraphType<DateGraphType>>>("in").Description("On one of these days.");
        Field(f => f.Gt, type: typeof(DateGraphType)).Description("After this day.");
        Field(f => f.Gte, type: typeof(DateGraphType)).Description("On or after this day.");
        Field(f => f.Lt, type: typeof(DateGraphType)).Description("Before this day.");
        Field(f => f.Lte, type: typeof(DateGraphType)).Description("On or before this day.");
    }
}

/// <summary>A sort direction, as HotChocolate names it.</summary>
public enum SortEnumType
{
    Asc,
    Desc,
}

public sealed class SortEnumTypeGraphType : EnumerationGraphType<SortEnumType>
{
    public SortEnumTypeGraphType()
    {
        Name = "SortEnumType";
        Description = "Ascending or descending.";
    }
}
