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
/// Caseworkers record and withdraw consents in the Registry. Either department named in a consent may record
/// it; a withdrawal takes effect on the next request, since every decision reads the consents anew.
/// </summary>
public static class ConsentMutations
{
    public static void AddConsentMutations(this ObjectGraphType mutation)
    {
        mutation.Field<ConsentGraphType>("recordConsent")
            .Description("Records a citizen's consent for one department to read another's data.")
            .Argument<NonNullGraphType<RecordConsentInputGraphType>>("input", "The consent.")
            .Category(DataCategory.Identity)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<RecordConsentInput>("input");
                var access = Authorize(ctx, input.SharingDepartment, input.ReceivingDepartment);
                Validate(input);
                await using var db = await ctx.OpenAsync<RegistryContext>();
                if (!await db.Citizens.AnyAsync(c => c.Id == input.CitizenId, ctx.CancellationToken))
                    throw new ExecutionError($"No citizen has the id {input.CitizenId}.") { Code = "NOT_FOUND" };
                var consent = new Consent
                {
                    Id = Guid.NewGuid(),
                    CitizenId = input.CitizenId,
                    SharingDepartment = input.SharingDepartment,
                    ReceivingDepartment = input.ReceivingDepartment,
                    Categories = string.Join(",", input.Categories.Distinct()),
                    Purpose = input.Purpose.Trim(),
                    LegalBasis = input.LegalBasis.Trim(),
                    ValidFrom = input.ValidFrom,
                    ValidTo = input.ValidTo,
                    RecordedAt = ctx.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
                };
                db.Consents.Add(consent);
                await db.SaveChangesAsync(ctx.CancellationToken);
                access.Record(consent.CitizenId, DataCategory.Identity, allowed: true, AccessOperation.Write);
                return consent;
            });

        mutation.Field<ConsentGraphType>("revokeConsent")
            .Description("Records that the citizen withdrew a consent; it stops covering anything from the next request on.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The consent's id.")
            .Category(DataCategory.Identity)
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetGuidArgument("id")!.Value;
                await using var db = await ctx.OpenAsync<RegistryContext>();
                var consent = await db.Consents.AsTracking().FirstOrDefaultAsync(c => c.Id == id, ctx.CancellationToken)
                    ?? throw new ExecutionError($"No consent has the id {id}.") { Code = "NOT_FOUND" };
                var access = Authorize(ctx, consent.SharingDepartment, consent.ReceivingDepartment);
                if (consent.RevokedAt is not null)
                    throw new ExecutionError($"The consent was already withdrawn at {consent.RevokedAt:u}.") { Code = "CONFLICT" };
                consent.RevokedAt = ctx.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                await db.SaveChangesAsync(ctx.CancellationToken);
                access.Record(consent.CitizenId, DataCategory.Identity, allowed: true, AccessOperation.Write);
                return consent;
            });
    }

    private static RequestAccess Authorize(IResolveFieldContext ctx, string sharing, string receiving)
    {
        var access = ctx.Access();
        var viewer = access.Viewer;
        if (!viewer.IsAuthenticated)
            throw new ExecutionError("Recording consents needs a bearer token.") { Code = AccessDecision.NotAuthenticated };
        if (!AccessPolicy.MayWrite(viewer, DataCategory.Identity) || (viewer.Department != sharing && viewer.Department != receiving))
            throw new ExecutionError("Only a caseworker or consultant of one of the two departments the consent names may record or withdraw it.") { Code = AccessDecision.NotAuthorized };
        return access;
    }

    private static void Validate(RecordConsentInput input)
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
        if (string.IsNullOrWhiteSpace(input.Purpose) || string.IsNullOrWhiteSpace(input.LegalBasis))
            problems.Add("purpose and legalBasis must be given");
        if (input.ValidTo is { } to && to < input.ValidFrom)
            problems.Add("validTo must not be before validFrom");
        if (problems.Count > 0)
            throw new ExecutionError("The consent was not recorded: " + string.Join("; ", problems) + ".") { Code = "BAD_USER_INPUT" };
    }
}
