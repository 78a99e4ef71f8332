using GraphQL;
using GraphQL.Types;
using JobMatch.Data;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Http;
using JobMatch.Graph.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Consents;

/// <summary>
/// A consent is the citizen's: the citizen (their own token) or the department whose data it shares grants it;
/// the receiving department may only request one, which covers nothing until the citizen or the owner confirms
/// it. Every record, confirmation and withdrawal is decided by the access table and audited as a write of each
/// category it covers; a withdrawal takes effect on the next request, since every decision reads consents anew.
/// Like every other write, each answers with a payload: the consent, or typed errors (HTTP 200, nothing changed).
/// </summary>
public static class ConsentMutations
{
    // Consents carry no version: a clash is a ConsentConflictError naming the consent in the way, not a ConflictError.
    private static readonly Type[] ConsentErrors = [.. MutationConventions.Unversioned, typeof(ConsentConflictErrorGraphType)];

    public static void AddConsentMutations(this ObjectGraphType mutation)
    {
        mutation.MutationWithErrors<ConsentGraphType, RecordConsentInputGraphType>("recordConsent", "consent", DataCategory.Identity,
            "Records a consent for one department to read another's data about a citizen: granted when the citizen or the sharing department records it, requested (unconfirmed) when the receiving department does.",
            ctx => GuardedAsync(ctx, () => RecordAsync(ctx)), ConsentErrors);

        mutation.MutationWithErrors<ConsentGraphType, ConfirmConsentInputGraphType>("confirmConsent", "consent", DataCategory.Identity,
            "Confirms a consent the receiving department requested: by the citizen, or by the department whose data it shares.",
            ctx => GuardedAsync(ctx, () => ChangeAsync(ctx, ctx.GetArgument<ConsentIdInput>("input").Id, (consent, role, now) =>
            {
                if (role != ConsentRole.Grants)
                    return new NotAuthorized(AccessDecision.NotAuthorized, $"Only the citizen or {consent.SharingDepartment}, whose data it shares, may confirm this consent.");
                if (consent.RevokedAt is not null)
                    return new ConsentConflict($"The consent was withdrawn at {consent.RevokedAt:u}; record a new one instead.", consent.Id);
                if (consent.ConfirmedAt is not null)
                    return new ConsentConflict($"The consent was already confirmed at {consent.ConfirmedAt:u}.", consent.Id);
                consent.ConfirmedAt = now;
                return null;
            })), ConsentErrors);

        mutation.MutationWithErrors<ConsentGraphType, RevokeConsentInputGraphType>("revokeConsent", "consent", DataCategory.Identity,
            "Withdraws a consent (by the citizen or the sharing department; the receiving department may withdraw its own unconfirmed request). It covers nothing from the next request on.",
            ctx => GuardedAsync(ctx, () => ChangeAsync(ctx, ctx.GetArgument<ConsentIdInput>("input").Id, (consent, role, now) =>
            {
                if (role == ConsentRole.None || (role == ConsentRole.Requests && consent.ConfirmedAt is not null))
                    return new NotAuthorized(AccessDecision.NotAuthorized, $"Only the citizen or {consent.SharingDepartment}, whose data it shares, may withdraw this consent.");
                if (consent.RevokedAt is not null)
                    return new ConsentConflict($"The consent was already withdrawn at {consent.RevokedAt:u}.", consent.Id);
                consent.RevokedAt = now;
                return null;
            })), ConsentErrors);
    }

    /// <summary>The Registry not answering is a typed error too, with nothing written.</summary>
    private static async Task<WritePayload> GuardedAsync(IResolveFieldContext ctx, Func<Task<WritePayload>> write)
    {
        try
        {
            return await write();
        }
        catch (Exception e) when (SourceUnavailableError.IsOutage(e))
        {
            ctx.Access().Record(null, DataCategory.Identity, allowed: false, AccessOperation.Write);
            return WritePayload.Failed([new SourceDown("The Registry source is unavailable right now, so nothing was written. Try again shortly.", nameof(Source.Registry))]);
        }
    }

    private static async Task<WritePayload> RecordAsync(IResolveFieldContext ctx)
    {
        var input = ctx.GetArgument<RecordConsentInput>("input");
        var access = ctx.Access();
        if (Unauthenticated(access) is { } unauthenticated)
            return unauthenticated;
        var purposes = ctx.RequestServices!.GetRequiredService<PurposeVocabulary>();
        var (purpose, invalid) = Validate(input, access.Today, purposes);
        if (invalid.Count > 0)
        {
            foreach (var category in input.Categories.Distinct())
                access.Record(input.CitizenId, category, allowed: false, AccessOperation.Write);
            return WritePayload.Failed(invalid);
        }
        await using var db = await ctx.OpenAsync<RegistryContext>();
        var (role, refused) = await RoleAsync(ctx, db, access, input.Categories, input.CitizenId, input.ReceivingDepartment);
        if (refused is not null)
            return WritePayload.Failed([refused]);
        if (!await db.Citizens.AnyAsync(c => c.Id == input.CitizenId, ctx.CancellationToken))
            return Refused(access, input.CitizenId, input.Categories, new NotFound("No citizen has this id.", input.CitizenId.ToString()));
        var existing = await db.Consents.Where(c => c.CitizenId == input.CitizenId && c.SharingDepartment == input.SharingDepartment
            && c.ReceivingDepartment == input.ReceivingDepartment && c.RevokedAt == null).ToListAsync(ctx.CancellationToken);
        var names = input.Categories.Distinct().Select(c => c.ToString()).ToList();
        if (existing.FirstOrDefault(c => Overlaps(c, input) && ConsentCategories.Parse(c.Categories).Any(input.Categories.Contains)) is { } duplicate)
            return Refused(access, input.CitizenId, input.Categories, new ConsentConflict(
                $"Consent {duplicate.Id} already covers {string.Join(", ", names)} from {input.SharingDepartment} to {input.ReceivingDepartment} in that period; withdraw it first or change its dates.", duplicate.Id));
        var now = ctx.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var consent = new Consent
        {
            Id = Guid.NewGuid(),
            CitizenId = input.CitizenId,
            SharingDepartment = input.SharingDepartment,
            ReceivingDepartment = input.ReceivingDepartment,
            Categories = string.Join(",", names),
            Purpose = purpose!.Code,
            LegalBasis = string.IsNullOrWhiteSpace(input.LegalBasis) ? purpose.LegalBasis : input.LegalBasis.Trim(),
            ValidFrom = input.ValidFrom ?? access.Today,
            ValidTo = input.ValidTo,
            RecordedAt = now,
            ConfirmedAt = role == ConsentRole.Grants ? now : null,
            RecordedBy = access.Viewer.Subject,
        };
        db.Consents.Add(consent);
        await db.SaveChangesAsync(ctx.CancellationToken);
        RecordWrites(access, consent, allowed: true);
        return WritePayload.Of(consent);
    }

    private static async Task<WritePayload> ChangeAsync(IResolveFieldContext ctx, string? id, Func<Consent, ConsentRole, DateTime, WriteError?> change)
    {
        var access = ctx.Access();
        if (Unauthenticated(access) is { } unauthenticated)
            return unauthenticated;
        if (!Guid.TryParse(id, out var key))
        {
            access.Record(null, DataCategory.Identity, allowed: false, AccessOperation.Write);
            return WritePayload.Failed([new InvalidInput("id must be a consent's id (its `id` field, a GUID).", ["input", "id"])]);
        }
        await using var db = await ctx.OpenAsync<RegistryContext>();
        var consent = await db.Consents.AsTracking().FirstOrDefaultAsync(c => c.Id == key, ctx.CancellationToken);
        if (consent is null)
        {
            access.Record(null, DataCategory.Identity, allowed: false, AccessOperation.Write);
            return WritePayload.Failed([new NotFound("No consent has this id.", id)]);
        }
        var categories = ConsentCategories.Parse(consent.Categories);
        var (role, refused) = await RoleAsync(ctx, db, access, categories, consent.CitizenId, consent.ReceivingDepartment, consent);
        if (refused is not null)
            return WritePayload.Failed([refused]);
        if (change(consent, role, ctx.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime) is { } error)
        {
            RecordWrites(access, consent, allowed: false);
            return WritePayload.Failed([error]);
        }
        await db.SaveChangesAsync(ctx.CancellationToken);
        RecordWrites(access, consent, allowed: true);
        return WritePayload.Of(consent);
    }

    private static WritePayload? Unauthenticated(RequestAccess access)
    {
        if (access.Viewer.IsAuthenticated)
            return null;
        access.Record(null, DataCategory.Identity, allowed: false, AccessOperation.Write);
        return WritePayload.Failed([new NotAuthorized(AccessDecision.NotAuthenticated, "Consents need a bearer token: send 'Authorization: Bearer <token>'.")]);
    }

    /// <summary>The viewer's part in a consent over these categories, through the access table; none at all is refused and audited.</summary>
    private static async Task<(ConsentRole Role, WriteError? Refused)> RoleAsync(IResolveFieldContext ctx, RegistryContext db, RequestAccess access, IReadOnlyCollection<DataCategory> categories, Guid citizenId, string receiving, Consent? consent = null)
    {
        var assignments = await db.ContactAssignments.Where(a => a.CitizenId == citizenId).ToListAsync(ctx.CancellationToken);
        var facts = new CitizenFacts(assignments);
        var roles = categories.Distinct().Select(c => AccessPolicy.ConsentRoleOf(access.Request, c, citizenId, facts, receiving)).ToList();
        var role = roles.Count == 0 ? ConsentRole.None : roles.Min();
        if (role != ConsentRole.None)
            return (role, null);
        foreach (var category in categories.Distinct())
            access.Record(citizenId, category, allowed: false, AccessOperation.Write);
        var sharing = consent?.SharingDepartment ?? string.Join("/", categories.Select(c => AccessTable.Rules[c].Owner).Distinct());
        return (role, new NotAuthorized(AccessDecision.NotAuthorized,
            $"Only the citizen (with their own token) or {sharing}, whose data it shares, may grant or withdraw this consent, and the receiving department may request one; in each case the department must be involved with the citizen today."));
    }

    private static WritePayload Refused(RequestAccess access, Guid citizen, IEnumerable<DataCategory> categories, WriteError error)
    {
        foreach (var category in categories.Distinct())
            access.Record(citizen, category, allowed: false, AccessOperation.Write);
        return WritePayload.Failed([error]);
    }

    private static void RecordWrites(RequestAccess access, Consent consent, bool allowed)
    {
        foreach (var category in ConsentCategories.Parse(consent.Categories))
            access.Record(consent.CitizenId, category, allowed, AccessOperation.Write);
    }

    private static bool Overlaps(Consent existing, RecordConsentInput input)
    {
        var from = input.ValidFrom ?? DateOnly.MinValue;
        return (existing.ValidTo is not { } to || to >= from) && (input.ValidTo is not { } end || existing.ValidFrom <= end);
    }

    /// <summary>Each wrong value is its own error, with the input field it is in.</summary>
    private static (Purpose? Purpose, List<WriteError> Errors) Validate(RecordConsentInput input, DateOnly today, PurposeVocabulary purposes)
    {
        var errors = new List<WriteError>();
        void Add(string field, string message) => errors.Add(new InvalidInput("The consent was not recorded: " + message + ".", ["input", field]));
        if (!Departments.IsDepartment(input.SharingDepartment))
            Add("sharingDepartment", $"sharingDepartment is one of {string.Join(", ", Departments.All)}");
        if (!Departments.IsDepartment(input.ReceivingDepartment))
            Add("receivingDepartment", $"receivingDepartment is one of {string.Join(", ", Departments.All)}");
        else if (input.SharingDepartment == input.ReceivingDepartment)
            Add("receivingDepartment", "a department needs no consent to read its own data");
        // A department can only share what is its own: its detail category.
        var foreign = input.Categories.Where(c => Departments.DetailOf.GetValueOrDefault(input.SharingDepartment) != c).Distinct().ToList();
        if (input.Categories.Count == 0 || foreign.Count > 0)
            Add("categories", $"categories must name {input.SharingDepartment}'s own detail{(foreign.Count > 0 ? $" ({string.Join(", ", foreign)} is not)" : "")}");
        var purpose = purposes.Find(input.Purpose ?? "");
        if (purpose is null)
            Add("purpose", $"purpose is one of {string.Join(", ", purposes.All.Select(p => p.Code))}");
        else if (input.Categories.Where(c => !purpose.Opens(c)).ToList() is { Count: > 0 } closed)
            Add("purpose", $"the purpose {purpose.Code} does not cover {string.Join(", ", closed)}");
        if (input.LegalBasis is { Length: > 400 } || (input.LegalBasis?.Any(char.IsControl) ?? false))
            Add("legalBasis", "legalBasis is plain text of at most 400 characters");
        if (input.ValidFrom is { } from && from < today)
            Add("validFrom", $"validFrom must not be in the past (today is {today:yyyy-MM-dd}): a consent is not back-dated");
        if (input.ValidTo is { } to && to < (input.ValidFrom ?? today))
            Add("validTo", "validTo must not be before validFrom");
        return (purpose, errors);
    }
}
