using GraphQL;
using GraphQL.Types;
using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Http;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Employment;

/// <summary>BIF's company placements: registered, extended and ended, in the Employment source only.</summary>
public static class PlacementMutations
{
    private const DataCategory Category = DataCategory.EmploymentDetail;

    public static void AddPlacementMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<PlacementGraphType, RegisterPlacementInputGraphType>("registerPlacement", "placement", Category,
            "Registers a company placement for a citizen (BIF, while involved). A retry with the same idempotency key returns the first placement.",
            ctx =>
            {
                var input = ctx.GetArgument<RegisterPlacementInput>("input");
                return WriteDoor.CreateAsync<EmploymentContext>(ctx, Category, input.CitizenId, input.IdempotencyKey, "PLACEMENT_REGISTERED", ReadPlacement, async scope =>
                {
                    new Checks().Hours(input.HoursPerWeek, "hoursPerWeek", required: true).Period(input.From, input.To, "to").ThrowIfAny();
                    var employer = await EmployerAsync(scope.Field, input.EmployerId, "employerId");
                    return Register(scope, JobPlanMutations.CitizenOf(input.CitizenId), input.Kind, employer, input.HoursPerWeek!.Value, input.From, input.To);
                });
            }, typeof(UnknownEmployerErrorGraphType), typeof(EndBeforeStartErrorGraphType));

        mutation.Mutation<PlacementGraphType, ExtendPlacementInputGraphType>("extendPlacement", "placement", Category,
            "Extends a placement to a later last day, at the version read.",
            ctx =>
            {
                var input = ctx.GetArgument<ExtendPlacementInput>("input");
                return WriteDoor.ChangeAsync<EmploymentContext, Placement>(ctx, Category, NodeTypes.Placement, input.Id, input.Version, "PLACEMENT_EXTENDED", LoadPlacement, (scope, placement) =>
                {
                    var checks = new Checks().Hours(input.HoursPerWeek, "hoursPerWeek", required: false).Period(placement.From, input.To, "to");
                    checks.When(placement.Status == PlanStatus.Cancelled, "A cancelled placement is not extended: register a new one.", "id");
                    checks.When(placement.To is { } to && input.To is { } next && next <= to, $"The new last day must be after the current one ({placement.To:yyyy-MM-dd}); end the placement to shorten it.", "to");
                    checks.ThrowIfAny();
                    placement.To = input.To;
                    placement.HoursPerWeek = (decimal?)input.HoursPerWeek ?? placement.HoursPerWeek;
                    return Task.CompletedTask;
                });
            }, typeof(EndBeforeStartErrorGraphType));

        mutation.Mutation<PlacementGraphType, EndRecordInputGraphType>("endPlacement", "placement", Category,
            "Ends a placement on a day (completed, or cancelled), at the version read.",
            ctx =>
            {
                var input = ctx.GetArgument<EndRecordInput>("input");
                return WriteDoor.ChangeAsync<EmploymentContext, Placement>(ctx, Category, NodeTypes.Placement, input.Id, input.Version, "PLACEMENT_ENDED", LoadPlacement, (scope, placement) =>
                {
                    var end = input.EndedOn ?? scope.Today;
                    new Checks().Period(placement.From, end, "endedOn").ThrowIfAny();
                    placement.To = end;
                    placement.Status = input.Cancelled ? PlanStatus.Cancelled : PlanStatus.Completed;
                    return Task.CompletedTask;
                });
            }, typeof(EndBeforeStartErrorGraphType));
    }

    /// <summary>Adds a placement to the change; its own event goes in the same transaction.</summary>
    internal static Placement Register(WriteScope<EmploymentContext> scope, Guid citizen, PlacementKind kind, Employer employer, double hours, DateOnly from, DateOnly? to)
    {
        var placement = new Placement { Id = Guid.NewGuid(), CitizenId = citizen, Kind = kind, EmployerId = employer.Id, HoursPerWeek = (decimal)hours, From = from, To = to, Status = PlanStatus.Active, Version = 1 };
        scope.Db.Placements.Add(placement);
        return placement;
    }

    /// <summary>The employer an input names, from the Registry; an unknown one is its own error.</summary>
    internal static async Task<Employer> EmployerAsync(IResolveFieldContext ctx, string? employerId, string field)
    {
        if (!GlobalId.TryDecode(employerId ?? "", out var type, out var id) || type != NodeTypes.Employer)
            throw new WriteRefused(new InvalidInput($"{field} must be an employer's global id (Employer.id).", ["input", field]));
        try
        {
            await using var registry = await ctx.RequestServices!.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ctx.CancellationToken);
            return await registry.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ctx.CancellationToken)
                ?? throw new WriteRefused(new UnknownEmployer("No employer in the Registry has this id: register the employer there (by CVR) first.", employerId!));
        }
        catch (Exception e) when (SourceUnavailableError.IsOutage(e))
        {
            throw new SourceUnavailableError(Source.Registry, e);
        }
    }

    private static async Task<object?> ReadPlacement(EmploymentContext db, Guid id, CancellationToken ct) => await LoadPlacement(db, id, ct);

    private static Task<Placement?> LoadPlacement(EmploymentContext db, Guid id, CancellationToken ct) => db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
}
