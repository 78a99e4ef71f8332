using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using JobMatch.Data;
using JobMatch.Data.Changes;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Data.Social;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Http;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Schema;
using JobMatch.Graph.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Plans;

/// <summary>
/// Coordination between the plans: "this SOF goal supports that BIF goal". A link is written by the department whose
/// goal supports the other, in its own source, and names the other goal by id only. The linker must be able to read the
/// goal it links to, so a link cannot be used to probe another department's ids.
/// </summary>
public static class GoalLinks
{
    public const string NodeType = "GoalLink";

    public static void AddGoalLinkMutations(this ObjectGraphType<object?> mutation)
    {
        mutation.Mutation<GoalLinkGraphType, LinkGoalInputGraphType>("linkJobGoal", "goalLink", DataCategory.EmploymentDetail,
            "Says that a goal in BIF's job plan supports a goal in SOF's action plan for the same citizen (BIF's caseworkers and consultants, while BIF is involved and may read the SOF goal).",
            ctx => LinkAsync<EmploymentContext>(ctx, Departments.Employment, Departments.Social));
        mutation.Mutation<GoalLinkGraphType, LinkGoalInputGraphType>("linkSocialGoal", "goalLink", DataCategory.SocialDetail,
            "Says that a goal in SOF's action plan supports a goal in BIF's job plan for the same citizen (SOF's caseworkers and consultants, while SOF is involved and may read the BIF goal).",
            ctx => LinkAsync<SocialContext>(ctx, Departments.Social, Departments.Employment));
    }

    /// <summary>The node type of a department's goals: BIF keeps job goals, SOF social goals.</summary>
    public static string GoalTypeOf(string department) => department == Departments.Employment ? NodeTypes.JobGoal : NodeTypes.SocialGoal;

    private static Task<WritePayload> LinkAsync<TContext>(IResolveFieldContext ctx, string department, string otherDepartment)
        where TContext : DbContext
    {
        var (goalType, otherGoalType) = (GoalTypeOf(department), GoalTypeOf(otherDepartment));
        var input = ctx.GetArgument<LinkGoalInput>("input");
        var category = Departments.DetailOf[department];
        return WriteDoor.CreateAsync<TContext>(ctx, category, input.CitizenId, input.IdempotencyKey, "GOAL_LINKED", ReadLinkAsync, async scope =>
        {
            var ct = scope.CancellationToken;
            GlobalId.TryDecode(input.CitizenId ?? "", out _, out var citizen);
            if (!GlobalId.TryDecode(input.GoalId ?? "", out var type, out var goal) || type != goalType)
                throw new WriteRefused(new InvalidInput($"goalId must be the global id of a {goalType} (the viewer's own department's goal).", ["input", "goalId"]));
            if (!GlobalId.TryDecode(input.SupportsGoalId ?? "", out var otherType, out var other) || otherType != otherGoalType)
                throw new WriteRefused(new InvalidInput($"supportsGoalId must be the global id of a {otherGoalType} ({otherDepartment}'s goal).", ["input", "supportsGoalId"]));
            if (!await GoalExistsAsync(scope.Field, department, goal, citizen, ct))
                throw new WriteRefused(new NotFound($"The citizen has no {goalType} with this id.", input.GoalId));
            await MayReadAsync(scope.Field, scope.Access, Departments.DetailOf[otherDepartment], citizen, ct);
            if (!await GoalExistsAsync(scope.Field, otherDepartment, other, citizen, ct))
                throw new WriteRefused(new NotFound($"The citizen has no {otherGoalType} with this id.", input.SupportsGoalId));
            if (await scope.Db.Set<GoalLink>().AnyAsync(l => l.CitizenId == citizen && l.FromGoalId == goal && l.ToGoalId == other && l.EndedOn == null, ct))
                throw new WriteRefused(new InvalidInput("These goals are linked already.", ["input", "supportsGoalId"]));
            var link = new GoalLink
            {
                Id = Guid.NewGuid(),
                CitizenId = citizen,
                FromDepartment = department,
                FromGoalId = goal,
                ToDepartment = otherDepartment,
                ToGoalId = other,
                LinkedOn = scope.Today,
                Version = 1,
            };
            scope.Db.Set<GoalLink>().Add(link);
            return link;
        });
    }

    /// <summary>The linker reads the other department's goal under the same rules as any read of it (consent and purpose included).</summary>
    private static async Task MayReadAsync(IResolveFieldContext ctx, RequestAccess access, DataCategory category, Guid citizen, CancellationToken ct)
    {
        CitizenFacts facts;
        try
        {
            await using var registry = await ctx.RequestServices!.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
            facts = new CitizenFacts(
                await registry.ContactAssignments.AsNoTracking().Where(a => a.CitizenId == citizen).ToListAsync(ct),
                await registry.Consents.AsNoTracking().Where(c => c.CitizenId == citizen).ToListAsync(ct));
        }
        catch (Exception e) when (SourceUnavailableError.IsOutage(e))
        {
            throw new SourceUnavailableError(Source.Registry, e);
        }
        var decision = AccessPolicy.Decide(access.Request, category, citizen, facts);
        if (!decision.Allowed)
            throw new WriteRefused(new NotAuthorized(decision.Code ?? AccessDecision.NotAuthorized,
                "A goal can be linked only to a goal the viewer may read: " + (decision.Message ?? "the other department's plan is hidden from you.")));
    }

    /// <summary>Whether the department's source has this goal for the citizen; the linking side's and the other side's alike.</summary>
    private static async Task<bool> GoalExistsAsync(IResolveFieldContext ctx, string department, Guid goal, Guid citizen, CancellationToken ct)
    {
        var services = ctx.RequestServices!;
        try
        {
            if (department == Departments.Employment)
            {
                await using var employment = await services.GetRequiredService<IDbContextFactory<EmploymentContext>>().CreateDbContextAsync(ct);
                return await employment.JobGoals.AnyAsync(g => g.Id == goal && g.CitizenId == citizen, ct);
            }
            await using var social = await services.GetRequiredService<IDbContextFactory<SocialContext>>().CreateDbContextAsync(ct);
            return await social.Goals.AnyAsync(g => g.Id == goal && g.CitizenId == citizen, ct);
        }
        catch (Exception e) when (SourceUnavailableError.IsOutage(e))
        {
            throw new SourceUnavailableError(department == Departments.Employment ? Source.Employment : Source.Social, e);
        }
    }

    private static async Task<object?> ReadLinkAsync<TContext>(TContext db, Guid id, CancellationToken ct) where TContext : DbContext =>
        await db.Set<GoalLink>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct);

    /// <summary>The goal links a department keeps for the citizen (BIF's and SOF's), in one batch per request; null for the others.</summary>
    public static IDataLoaderResult<IReadOnlyList<GoalLink>>? KeptBy(IResolveFieldContext context, string department, Guid citizenId) => department switch
    {
        Departments.Employment => context.Loaders().ByCitizen<EmploymentContext, GoalLink>("employment.goalLinks", db => db.GoalLinks.OrderBy(l => l.LinkedOn)).Load(citizenId),
        Departments.Social => context.Loaders().ByCitizen<SocialContext, GoalLink>("social.goalLinks", db => db.GoalLinks.OrderBy(l => l.LinkedOn)).Load(citizenId),
        _ => null,
    };

    /// <summary>The links that touch a goal entry, from both sides' sources, each read in one batch per request.</summary>
    public static IDataLoaderResult<IReadOnlyList<PlanGoalLink>?> LinksOf(IResolveFieldContext context, PlanEntry entry)
    {
        if (entry.Kind is not (PlanEntryKind.JobGoal or PlanEntryKind.SocialGoal))
            return DataLoaderResults.Completed<IReadOnlyList<PlanGoalLink>?>(null);
        // A plan composed of the departments' parts has its links from them.
        if (entry.ComposedLinks is { } composed)
            return DataLoaderResults.Completed<IReadOnlyList<PlanGoalLink>?>(composed);
        var employment = KeptBy(context, Departments.Employment, entry.CitizenId)!;
        var social = KeptBy(context, Departments.Social, entry.CitizenId)!;
        return DataLoaderResults.FromTask<IReadOnlyList<PlanGoalLink>?>(async ct =>
        {
            var links = new List<GoalLink>();
            foreach (var side in new[] { employment, social })
            {
                try
                {
                    links.AddRange(await side.GetResultAsync(ct));
                }
                catch (SourceUnavailableError)
                {
                    // A side that is down leaves its links out; the plan names the source as unavailable already.
                }
            }
            return links.Where(l => l.EndedOn == null && (l.FromGoalId == entry.SourceId || l.ToGoalId == entry.SourceId))
                .Select(l => l.FromGoalId == entry.SourceId
                    ? new PlanGoalLink(GoalLinkDirection.Supports, l.ToDepartment, l.ToGoalId, l.LinkedOn, entry.VisibleTo(l.ToDepartment))
                    : new PlanGoalLink(GoalLinkDirection.SupportedBy, l.FromDepartment, l.FromGoalId, l.LinkedOn, entry.VisibleTo(l.FromDepartment)))
                .ToList();
        });
    }
}

public enum GoalLinkDirection
{
    Supports,
    SupportedBy,
}

/// <summary>A link seen from one goal on the plan; the other goal is named only where the viewer may see its department's entries.</summary>
public sealed record PlanGoalLink(GoalLinkDirection Direction, string Department, Guid GoalId, DateOnly LinkedOn, bool Visible);

public sealed class LinkGoalInput
{
    public string? CitizenId { get; set; }
    public string? GoalId { get; set; }
    public string? SupportsGoalId { get; set; }
    public string? IdempotencyKey { get; set; }
}

public sealed class LinkGoalInputGraphType : InputObjectGraphType<LinkGoalInput>
{
    public LinkGoalInputGraphType()
    {
        Name = "LinkGoalInput";
        Description = "A goal of the viewer's department that supports a goal of the other department, for one citizen.";
        Field<NonNullGraphType<IdGraphType>>("citizenId").Description("The citizen.");
        Field<NonNullGraphType<IdGraphType>>("goalId").Description("The viewer's own department's goal (a JobGoal for BIF, a SocialGoal for SOF).");
        Field<NonNullGraphType<IdGraphType>>("supportsGoalId").Description("The other department's goal that it supports; the viewer must be able to read it.");
        Field<StringGraphType>("idempotencyKey").Description("A key the client chooses once for this create (a UUID serves): a retry with it answers with the first result and makes no second link.");
    }
}

public sealed class GoalLinkGraphType : ObjectGraphType<GoalLink>
{
    public GoalLinkGraphType()
    {
        Name = "GoalLink";
        Description = "\"This goal supports that goal\": a link from one department's goal to another department's goal for the same citizen, kept by the department whose goal supports.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The link's id.").Resolve(ctx => GlobalId.Of(GoalLinks.NodeType, ctx.Source.Id));
        Field(l => l.Version).Description("The record's version.");
        Field<NonNullGraphType<DepartmentCodeGraphType>>("department").Description("The department whose goal supports the other.").Resolve(ctx => ctx.Source.FromDepartment);
        Field<NonNullGraphType<IdGraphType>>("goalId").Description("The supporting goal.")
            .Resolve(ctx => GlobalId.Of(GoalLinks.GoalTypeOf(ctx.Source.FromDepartment), ctx.Source.FromGoalId));
        Field<NonNullGraphType<DepartmentCodeGraphType>>("supportsDepartment").Description("The department whose goal is supported.").Resolve(ctx => ctx.Source.ToDepartment);
        Field<NonNullGraphType<IdGraphType>>("supportsGoalId").Description("The supported goal.")
            .Resolve(ctx => GlobalId.Of(GoalLinks.GoalTypeOf(ctx.Source.ToDepartment), ctx.Source.ToGoalId));
        Field(l => l.LinkedOn).Description("When the link was made.");
    }
}

public sealed class GoalLinkDirectionGraphType : EnumerationGraphType<GoalLinkDirection>
{
    public GoalLinkDirectionGraphType()
    {
        Name = "GoalLinkDirection";
        Description = "Which way a link runs, seen from the goal on the plan.";
    }
}

public sealed class PlanGoalLinkGraphType : ObjectGraphType<PlanGoalLink>
{
    public PlanGoalLinkGraphType()
    {
        Name = "PlanGoalLink";
        Description = "A link between this goal and another department's goal. Where that department's entries are hidden from the viewer, the link says only \"linked to a goal in SOF\": the department, not the goal.";
        Field(l => l.Direction, type: typeof(NonNullGraphType<GoalLinkDirectionGraphType>)).Description("SUPPORTS: this goal supports the other; SUPPORTED_BY: the other supports this one.");
        Field<NonNullGraphType<DepartmentCodeGraphType>>("department").Description("The other goal's department.").Resolve(ctx => ctx.Source.Department);
        Field(l => l.Visible).Description("Whether the viewer may see the other department's entries (and so the goal).");
        Field<IdGraphType>("goalId").Description("The other goal's global id; null where its department is hidden from the viewer.")
            .Resolve(ctx => ctx.Source.Visible ? GlobalId.Of(GoalLinks.GoalTypeOf(ctx.Source.Department), ctx.Source.GoalId) : null);
        Field<NonNullGraphType<StringGraphType>>("description").Description("What a plan shows for it, e.g. \"Understøtter et mål i SOF\" or \"Understøttes af et mål i BIF\".")
            .Resolve(ctx => (ctx.Source.Direction == GoalLinkDirection.Supports ? "Understøtter et mål i " : "Understøttes af et mål i ") + ctx.Source.Department);
        Field(l => l.LinkedOn).Description("When the link was made.");
    }
}
