using GraphQL;
using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Consents;

/// <summary>
/// A consent is the citizen's: the citizen (their own token) or the department whose data it shares grants it;
/// the receiving department may only request one, which covers nothing until the citizen or the owner confirms
/// it. Every record, confirmation and withdrawal is decided by the access table and audited as a write of each
/// category it covers; a withdrawal takes effect on the next request, since every decision reads consents anew.
/// </summary>
public static class ConsentMutations
{
    public static void AddConsentMutations(this ObjectGraphType mutation)
    {
        mutation.Field<ConsentGraphType>("recordConsent")
            .Description("Records a consent for one department to read another's data about a citizen: granted when the citizen or the sharing department records it, requested (unconfirmed) when the receiving department does.")
            .Argument<NonNullGraphType<RecordConsentInputGraphType>>("input", "The consent.")
            .Writes(DataCategory.Identity)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<RecordConsentInput>("input");
                var access = ctx.Access();
                var purposes = ctx.RequestServices!.GetRequiredService<PurposeVocabulary>();
                var purpose = Validate(input, access.Today, purposes);
                await using var db = await ctx.OpenAsync<RegistryContext>();
                var role = await RoleAsync(ctx, db, access, input.Categories, input.CitizenId, input.ReceivingDepartment);
                if (!await db.Citizens.AnyAsync(c => c.Id == input.CitizenId, ctx.CancellationToken))
                    throw new ExecutionError("No citizen has this id.") { Code = "NOT_FOUND" };
                var existing = await db.Consents.Where(c => c.CitizenId == input.CitizenId && c.SharingDepartment == input.SharingDepartment
                    && c.ReceivingDepartment == input.ReceivingDepartment && c.RevokedAt == null).ToListAsync(ctx.CancellationToken);
                var names = input.Categories.Distinct().Select(c => c.ToString()).ToList();
                if (existing.FirstOrDefault(c => Overlaps(c, input) && ConsentCategories.Parse(c.Categories).Any(input.Categories.Contains)) is { } duplicate)
                    throw new ExecutionError($"Consent {duplicate.Id} already covers {string.Join(", ", names)} from {input.SharingDepartment} to {input.ReceivingDepartment} in that period; withdraw it first or change its dates.") { Code = "CONFLICT" };
                var now = ctx.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                var consent = new Consent
                {
                    Id = Guid.NewGuid(),
                    CitizenId = input.CitizenId,
                    SharingDepartment = input.SharingDepartment,
                    ReceivingDepartment = input.ReceivingDepartment,
                    Categories = string.Join(",", names),
                    Purpose = purpose.Code,
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
                return consent;
            });

        mutation.Field<ConsentGraphType>("confirmConsent")
            .Description("Confirms a consent the receiving department requested: by the citizen, or by the department whose data it shares.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The consent's id.")
            .Writes(DataCategory.Identity)
            .ResolveAsync(ctx => ChangeAsync(ctx, (consent, role, now) =>
            {
                if (role != ConsentRole.Grants)
                    throw new ExecutionError($"Only the citizen or {consent.SharingDepartment}, whose data it shares, may confirm this consent.") { Code = AccessDecision.NotAuthorized };
                if (consent.ConfirmedAt is not null)
                    throw new ExecutionError($"The consent was already confirmed at {consent.ConfirmedAt:u}.") { Code = "CONFLICT" };
                consent.ConfirmedAt = now;
            }));

        mutation.Field<ConsentGraphType>("revokeConsent")
            .Description("Withdraws a consent (by the citizen or the sharing department; the receiving department may withdraw its own unconfirmed request). It covers nothing from the next request on.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The consent's id.")
            .Writes(DataCategory.Identity)
            .ResolveAsync(ctx => ChangeAsync(ctx, (consent, role, now) =>
            {
                if (role == ConsentRole.None || (role == ConsentRole.Requests && consent.ConfirmedAt is not null))
                    throw new ExecutionError($"Only the citizen or {consent.SharingDepartment}, whose data it shares, may withdraw this consent.") { Code = AccessDecision.NotAuthorized };
                if (consent.RevokedAt is not null)
                    throw new ExecutionError($"The consent was already withdrawn at {consent.RevokedAt:u}.") { Code = "CONFLICT" };
                consent.RevokedAt = now;
            }));
    }

    private static async Task<object?> ChangeAsync(IResolveFieldContext ctx, Action<Consent, ConsentRole, DateTime> change)
    {
        var access = ctx.Access();
        var id = ctx.GetGuidArgument("id")!.Value;
        await using var db = await ctx.OpenAsync<RegistryContext>();
        var consent = await db.Consents.AsTracking().FirstOrDefaultAsync(c => c.Id == id, ctx.CancellationToken);
        if (consent is null || !access.Viewer.IsAuthenticated)
        {
            access.Record(null, DataCategory.Identity, allowed: false, AccessOperation.Write);
            throw new ExecutionError(access.Viewer.IsAuthenticated ? "No consent has this id." : "Consents need a bearer token.") { Code = access.Viewer.IsAuthenticated ? "NOT_FOUND" : AccessDecision.NotAuthenticated };
        }
        var categories = ConsentCategories.Parse(consent.Categories);
        var role = await RoleAsync(ctx, db, access, categories, consent.CitizenId, consent.ReceivingDepartment, consent);
        try
        {
            change(consent, role, ctx.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        }
        catch (ExecutionError)
        {
            RecordWrites(access, consent, allowed: false);
            throw;
        }
        await db.SaveChangesAsync(ctx.CancellationToken);
        RecordWrites(access, consent, allowed: true);
        return consent;
    }

    /// <summary>The viewer's part in a consent over these categories, through the access table; none at all is refused and audited.</summary>
    private static async Task<ConsentRole> RoleAsync(IResolveFieldContext ctx, RegistryContext db, RequestAccess access, IReadOnlyCollection<DataCategory> categories, Guid citizenId, string receiving, Consent? consent = null)
    {
        if (!access.Viewer.IsAuthenticated)
        {
            access.Record(null, DataCategory.Identity, allowed: false, AccessOperation.Write);
            throw new ExecutionError("Consents need a bearer token.") { Code = AccessDecision.NotAuthenticated };
        }
        var today = access.Today;
        var assignments = await db.ContactAssignments.Where(a => a.CitizenId == citizenId).ToListAsync(ctx.CancellationToken);
        var facts = new CitizenFacts(assignments);
        var roles = categories.Distinct().Select(c => AccessPolicy.ConsentRoleOf(access.Request, c, citizenId, facts, receiving)).ToList();
        var role = roles.Count == 0 ? ConsentRole.None : roles.Min();
        if (role == ConsentRole.None)
        {
            foreach (var category in categories.Distinct())
                access.Record(citizenId, category, allowed: false, AccessOperation.Write);
            var sharing = consent?.SharingDepartment ?? string.Join("/", categories.Select(c => AccessTable.Rules[c].Owner).Distinct());
            throw new ExecutionError($"Only the citizen (with their own token) or {sharing}, whose data it shares, may grant or withdraw this consent, and the receiving department may request one; in each case the department must be involved with the citizen today.") { Code = AccessDecision.NotAuthorized };
        }
        return role;
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

    private static Purpose Validate(RecordConsentInput input, DateOnly today, PurposeVocabulary purposes)
    {
        var problems = new List<string>();
        if (!Departments.IsDepartment(input.SharingDepartment) || !Departments.IsDepartment(input.ReceivingDepartment))
            problems.Add($"sharingDepartment and receivingDepartment are each one of {string.Join(", ", Departments.All)}");
        else if (input.SharingDepartment == input.ReceivingDepartment)
            problems.Add("a department needs no consent to read its own data");
        // A department can only share what is its own: its detail category.
        var foreign = input.Categories.Where(c => Departments.DetailOf.GetValueOrDefault(input.SharingDepartment) != c).Distinct().ToList();
        if (input.Categories.Count == 0 || foreign.Count > 0)
            problems.Add($"categories must name {input.SharingDepartment}'s own detail{(foreign.Count > 0 ? $" ({string.Join(", ", foreign)} is not)" : "")}");
        var purpose = purposes.Find(input.Purpose ?? "");
        if (purpose is null)
            problems.Add($"purpose is one of {string.Join(", ", purposes.All.Select(p => p.Code))}");
        else if (input.Categories.Where(c => !purpose.Opens(c)).ToList() is { Count: > 0 } closed)
            problems.Add($"the purpose {purpose.Code} does not cover {string.Join(", ", closed)}");
        if (input.LegalBasis is { Length: > 400 } || (input.LegalBasis?.Any(char.IsControl) ?? false))
            problems.Add("legalBasis is plain text of at most 400 characters");
        if (input.ValidFrom is { } from && from < today)
            problems.Add($"validFrom must not be in the past (today is {today:yyyy-MM-dd}): a consent is not back-dated");
        if (input.ValidTo is { } to && to < (input.ValidFrom ?? today))
            problems.Add("validTo must not be before validFrom");
        if (problems.Count > 0)
            throw new ExecutionError("The consent was not recorded: " + string.Join("; ", problems) + ".") { Code = "BAD_USER_INPUT" };
        return purpose!;
    }
}
