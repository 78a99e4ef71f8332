using GraphQL;

namespace JobMatch.Graph.Access;

/// <summary>The answer for one viewer, category and citizen; a denial says what the caller can do about it.</summary>
public sealed record AccessDecision(bool Allowed, string? Code, string? Message, bool OutsideCaseload = false)
{
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
    public const string PurposeRequired = "PURPOSE_REQUIRED";

    public static readonly AccessDecision Allow = new(true, null, null);

    /// <summary>Allowed for this request only, by a purpose-bound look-up of a citizen outside the caseload.</summary>
    public static readonly AccessDecision AllowByLookup = new(true, null, null, OutsideCaseload: true);

    /// <summary>The decision needs the citizen's contact assignments, which are loaded in a batch first.</summary>
    public static readonly AccessDecision NeedsFacts = new(false, null, null);

    /// <summary>The decision needs the citizen's consents too.</summary>
    public static readonly AccessDecision NeedsConsents = new(false, null, null);

    /// <summary>The decision needs the citizen's transition plans (who takes part in a handover of the case).</summary>
    public static readonly AccessDecision NeedsHandover = new(false, null, null);

    public bool IsPending => ReferenceEquals(this, NeedsFacts) || ReferenceEquals(this, NeedsConsents) || ReferenceEquals(this, NeedsHandover);

    public static AccessDecision Deny(string code, string message) => new(false, code, message);

    public ExecutionError ToError() => new(Message ?? "Not authorized.") { Code = Code ?? NotAuthorized };
}
