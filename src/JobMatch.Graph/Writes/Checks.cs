namespace JobMatch.Graph.Writes;

/// <summary>Input checks that collect every problem, each at its field's path, and refuse the change with all of them.</summary>
public sealed class Checks
{
    private readonly List<WriteError> problems = [];

    public Checks Text(string? value, string field, int max, bool required = true)
    {
        if (value is null ? required : string.IsNullOrWhiteSpace(value) || value.Length > max || value.Any(c => char.IsControl(c) && c != '\n'))
            problems.Add(new InvalidInput($"{field} is {(required ? "required: " : "")}plain text of 1 to {max} characters.", ["input", field]));
        return this;
    }

    public Checks Period(DateOnly from, DateOnly? to, string toField)
    {
        if (to is { } end && end < from)
            problems.Add(new EndBeforeStart($"{toField} ({end:yyyy-MM-dd}) is before the start ({from:yyyy-MM-dd}).", from, end, ["input", toField]));
        return this;
    }

    public Checks Hours(double? hours, string field, bool required)
    {
        if (hours is null ? required : hours is <= 0 or > 37)
            problems.Add(new InvalidInput($"{field} is {(required ? "required: " : "")}more than 0 and at most 37 hours a week.", ["input", field]));
        return this;
    }

    public Checks Add(WriteError error)
    {
        problems.Add(error);
        return this;
    }

    public Checks When(bool wrong, string message, string field)
    {
        if (wrong)
            problems.Add(new InvalidInput(message, ["input", field]));
        return this;
    }

    /// <summary>Stops the change when any check failed.</summary>
    public void ThrowIfAny()
    {
        if (problems.Count > 0)
            throw new WriteRefused(problems);
    }
}
