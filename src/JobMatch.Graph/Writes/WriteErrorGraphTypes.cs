using GraphQL.Types;
using JobMatch.Graph.Employment;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Writes;

/// <summary>What every mutation error carries.</summary>
public sealed class ErrorInterfaceGraphType : InterfaceGraphType<WriteError>
{
    public ErrorInterfaceGraphType()
    {
        Name = "Error";
        Description = "Why a change was not made. A mutation's payload lists these under `errors`; switch on the type (`__typename`), not on the message.";
        Field(e => e.Message).Description("What went wrong and what to do about it, for a person.");
        Field(e => e.Code).Description("A stable code, e.g. CONFLICT.");
    }
}

/// <summary>The base of the error object types: message, code, the interface and the CLR type that selects it.</summary>
public abstract class WriteErrorGraphType<T> : ObjectGraphType<T> where T : WriteError
{
    protected WriteErrorGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = o => o is T;
        Field(e => e.Message).Description("What went wrong and what to do about it, for a person.");
        Field(e => e.Code).Description("A stable code.");
    }
}

public sealed class ValidationErrorGraphType : WriteErrorGraphType<InvalidInput>
{
    public ValidationErrorGraphType() : base("ValidationError", "An input value is not valid; `path` names it.") =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("path").Description("The input field, e.g. [\"input\", \"hoursPerWeek\"].").Resolve(ctx => ctx.Source.Path);
}

public sealed class NotFoundErrorGraphType : WriteErrorGraphType<NotFound>
{
    public NotFoundErrorGraphType() : base("NotFoundError", "No record has the id given.") =>
        Field<IdGraphType>("id").Description("The id that was not found.").Resolve(ctx => ctx.Source.Id);
}

public sealed class NotAuthorizedErrorGraphType : WriteErrorGraphType<NotAuthorized>
{
    public NotAuthorizedErrorGraphType() : base("NotAuthorizedError", "The access table does not let the viewer make this change (its code is AUTH_NOT_AUTHENTICATED without a token, else AUTH_NOT_AUTHORIZED). The refusal is logged.")
    {
    }
}

public sealed class ConflictErrorGraphType : WriteErrorGraphType<Conflict>
{
    public ConflictErrorGraphType() : base("ConflictError", "Someone changed the record after the client read it (or the change would duplicate one): read it again and retry with `currentVersion`.") =>
        Field(e => e.CurrentVersion).Description("The record's version now.");
}

public sealed class SourceUnavailableErrorGraphType : WriteErrorGraphType<SourceDown>
{
    public SourceUnavailableErrorGraphType() : base("SourceUnavailableError", "The source that owns the data did not answer; nothing was written. Retry later (with the same idempotency key for a create).") =>
        Field(e => e.Source).Description("The source, e.g. \"Employment\".");
}

public sealed class UnknownEmployerErrorGraphType : WriteErrorGraphType<UnknownEmployer>
{
    public UnknownEmployerErrorGraphType() : base("UnknownEmployerError", "The employer is not in the Registry: register it there (by CVR) first.") =>
        Field<NonNullGraphType<IdGraphType>>("employerId").Description("The employer id given.").Resolve(ctx => ctx.Source.EmployerId);
}

public sealed class EndBeforeStartErrorGraphType : WriteErrorGraphType<EndBeforeStart>
{
    public EndBeforeStartErrorGraphType() : base("EndBeforeStartError", "A period would end before it starts.")
    {
        Field(e => e.Start, type: typeof(NonNullGraphType<Schema.DateGraphType>)).Description("The first day.");
        Field(e => e.End, type: typeof(NonNullGraphType<Schema.DateGraphType>)).Description("The last day asked for.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("path").Description("The input field with the end.").Resolve(ctx => ctx.Source.Path);
    }
}

public sealed class StepOutOfOrderErrorGraphType : WriteErrorGraphType<StepOutOfOrder>
{
    public StepOutOfOrderErrorGraphType() : base("StepOutOfOrderError", "KLAPjob's steps go apply → interview → internship → hired, one at a time; this step does not follow the one reached.")
    {
        Field<KlapJobStepGraphType>("currentStep").Description("The step reached; null before the application.").Resolve(ctx => ctx.Source.CurrentStep);
        Field<NonNullGraphType<KlapJobStepGraphType>>("requestedStep").Description("The step asked for.").Resolve(ctx => ctx.Source.RequestedStep);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KlapJobStepGraphType>>>>("allowedNext").Description("The steps allowed now (none after hiring).").Resolve(ctx => ctx.Source.AllowedNext);
    }
}
