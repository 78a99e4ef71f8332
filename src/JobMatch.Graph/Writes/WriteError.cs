namespace JobMatch.Graph.Writes;

/// <summary>
/// Why a change was not made, as a typed error of the mutation's payload (HotChocolate's mutation conventions): the
/// response stays HTTP 200 and the client switches on the error's type, never on its message.
/// </summary>
public abstract record WriteError(string Code, string Message);

/// <summary>An input value is wrong; <paramref name="Path"/> names the field, e.g. ["input", "hoursPerWeek"].</summary>
public sealed record InvalidInput(string Message, IReadOnlyList<string> Path) : WriteError("VALIDATION", Message);

public sealed record NotFound(string Message, string? Id) : WriteError("NOT_FOUND", Message);

public sealed record NotAuthorized(string Code, string Message) : WriteError(Code, Message)
{
    /// <summary>The refusal a denied access decision gives a write, with the decision's own code and message.</summary>
    public static NotAuthorized Of(Access.AccessDecision denied) =>
        new(denied.Code ?? Access.AccessDecision.NotAuthorized, denied.Message ?? "Not authorized.");
}

/// <summary>Someone changed the record since the client read it: read it again at <paramref name="CurrentVersion"/>.</summary>
public sealed record Conflict(string Message, int CurrentVersion) : WriteError("CONFLICT", Message);

public sealed record SourceDown(string Message, string Source) : WriteError("SOURCE_UNAVAILABLE", Message);

public sealed record UnknownEmployer(string Message, string EmployerId) : WriteError("UNKNOWN_EMPLOYER", Message);

public sealed record EndBeforeStart(string Message, DateOnly Start, DateOnly End, IReadOnlyList<string> Path) : WriteError("END_BEFORE_START", Message);

/// <summary>A KLAPjob step that does not follow the one reached: only the next step is allowed.</summary>
public sealed record StepOutOfOrder(string Message, Employment.KlapJobStep? CurrentStep, Employment.KlapJobStep RequestedStep, IReadOnlyList<Employment.KlapJobStep> AllowedNext) : WriteError("STEP_OUT_OF_ORDER", Message);

/// <summary>Thrown inside a change to stop it with typed errors; nothing of the change is saved.</summary>
public sealed class WriteRefused(IReadOnlyList<WriteError> errors) : Exception(errors[0].Message)
{
    public WriteRefused(WriteError error) : this([error])
    {
    }

    public IReadOnlyList<WriteError> Errors { get; } = errors;
}

/// <summary>A mutation's answer: the changed record, or why it was not changed.</summary>
public sealed record WritePayload(object? Entity, IReadOnlyList<WriteError> Errors)
{
    public static WritePayload Of(object entity) => new(entity, []);

    public static WritePayload Failed(IReadOnlyList<WriteError> errors) => new(null, errors);
}
