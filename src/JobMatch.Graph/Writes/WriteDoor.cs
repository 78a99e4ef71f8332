using GraphQL;
using JobMatch.Data;
using JobMatch.Data.Changes;
using JobMatch.Data.Registry;
using JobMatch.Data.Youth;
using JobMatch.Graph.Access;
using JobMatch.Graph.Http;
using JobMatch.Graph.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Writes;

/// <summary>
/// The one way a mutation changes a source: the access table decides it (<see cref="AccessPolicy.DecideWrite"/>),
/// the change and its outbox event are saved in one transaction of the owning source, and the request's audit
/// records it as a Write of its category (allowed only when something was written) before the response leaves.
/// A refusal of any kind is a typed error in the payload, and nothing of the change is saved.
/// </summary>
public static class WriteDoor
{
    /// <summary>Creates a record for a citizen; a create retried with the same idempotency key answers with the first result.</summary>
    public static async Task<WritePayload> CreateAsync<TContext>(
        IResolveFieldContext ctx, DataCategory category, string? citizenId, string? idempotencyKey, string kind,
        Func<TContext, Guid, CancellationToken, Task<object?>> readCreated, Func<WriteScope<TContext>, Task<IVersioned>> create)
        where TContext : DbContext
    {
        var access = ctx.Access();
        if (Unauthenticated(access, category) is { } refused)
            return refused;
        if (!GlobalId.TryDecode(citizenId ?? "", out var type, out var citizen) || type != GlobalId.CitizenType)
            return Refuse(access, null, category, new InvalidInput("citizenId must be a citizen's id.", ["input", "citizenId"]));
        if (idempotencyKey is { } key && (key.Length is 0 or > 100 || key.Any(char.IsControl)))
            return Refuse(access, citizen, category, new InvalidInput("idempotencyKey is 1 to 100 printable characters, chosen by the client once per create (a UUID serves).", ["input", "idempotencyKey"]));
        return await GuardedAsync<TContext>(ctx, access, category, citizen, async (db, scope) =>
        {
            if (idempotencyKey is not null && await FirstResultAsync(db, access, citizen, idempotencyKey, kind, readCreated, ctx.CancellationToken) is { } first)
                return first;
            var created = await create(scope);
            scope.Announce(created, kind, idempotencyKey);
            try
            {
                await db.SaveChangesAsync(ctx.CancellationToken);
            }
            catch (DbUpdateException e) when (idempotencyKey is not null && IsUniqueViolation(e))
            {
                // A concurrent retry with the same key committed first: answer with its result.
                db.ChangeTracker.Clear();
                if (await FirstResultAsync(db, access, citizen, idempotencyKey!, kind, readCreated, ctx.CancellationToken) is { } raced)
                    return raced;
                throw;
            }
            return WritePayload.Of(created);
        });
    }

    /// <summary>Changes one record the client names by global id at the version it read.</summary>
    public static async Task<WritePayload> ChangeAsync<TContext, TEntity>(
        IResolveFieldContext ctx, DataCategory category, string nodeType, string? id, int? version, string kind,
        Func<TContext, Guid, CancellationToken, Task<TEntity?>> load, Func<WriteScope<TContext>, TEntity, Task> change)
        where TContext : DbContext
        where TEntity : class, IVersioned
    {
        var access = ctx.Access();
        if (Unauthenticated(access, category) is { } refused)
            return refused;
        if (!GlobalId.TryDecode(id ?? "", out var type, out var key) || type != nodeType)
            return Refuse(access, null, category, new InvalidInput($"id must be the global id of a {nodeType}.", ["input", "id"]));
        if (version is null or < 0)
            return Refuse(access, null, category, new InvalidInput("version is the record's version as read (its `version` field).", ["input", "version"]));
        // A viewer who may write this category for nobody learns nothing about which ids exist.
        if (AccessPolicy.DecideWrite(access.Request, category, null) is { IsPending: false, Allowed: false } denied)
            return Refuse(access, null, category, NotAuthorized.Of(denied));
        TEntity? entity;
        try
        {
            await using var probe = await ctx.RequestServices!.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync(ctx.CancellationToken);
            entity = await load(probe, key, ctx.CancellationToken);
        }
        catch (Exception e) when (SourceUnavailableError.IsOutage(e))
        {
            return Refuse(access, null, category, Down(SourceContexts.ByContext[typeof(TContext)]));
        }
        if (entity is null)
            return Refuse(access, null, category, new NotFound($"No {nodeType} has the id {id}.", id));
        return await GuardedAsync<TContext>(ctx, access, category, entity.CitizenId, async (db, scope) =>
        {
            var tracked = await load(db, key, ctx.CancellationToken) ?? throw new WriteRefused(new NotFound($"No {nodeType} has the id {id}.", id));
            db.Attach(tracked);
            if (tracked.Version != version)
                throw new WriteRefused(new Conflict($"The {nodeType} was changed since version {version}; it is at version {tracked.Version}. Read it again and retry.", tracked.Version));
            await change(scope, tracked);
            tracked.Version++;
            scope.Announce(tracked, kind, null);
            try
            {
                await db.SaveChangesAsync(ctx.CancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another writer saved between this read and this write: the row's version moved under us.
                db.ChangeTracker.Clear();
                var now = await load(db, key, ctx.CancellationToken);
                throw new WriteRefused(new Conflict($"The {nodeType} was changed by someone else while this change was made; it is at version {now?.Version}. Read it again and retry.", now?.Version ?? 0));
            }
            return WritePayload.Of(tracked);
        });
    }

    /// <summary>Decides the write with the citizen's facts, then runs it on a context of the owning source.</summary>
    private static async Task<WritePayload> GuardedAsync<TContext>(IResolveFieldContext ctx, RequestAccess access, DataCategory category, Guid citizen, Func<TContext, WriteScope<TContext>, Task<WritePayload>> write)
        where TContext : DbContext
    {
        var source = SourceContexts.ByContext[typeof(TContext)];
        try
        {
            var decision = await DecideAsync(ctx, access, category, citizen);
            if (!decision.Allowed)
                return Refuse(access, citizen, category, NotAuthorized.Of(decision));
        }
        catch (Exception e) when (SourceUnavailableError.IsOutage(e))
        {
            return Refuse(access, citizen, category, Down(Source.Registry));
        }
        try
        {
            await using var db = await ctx.RequestServices!.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync(ctx.CancellationToken);
            var now = ctx.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var result = await write(db, new WriteScope<TContext>(ctx, db, access, now));
            access.Record(citizen, category, allowed: true, AccessOperation.Write);
            return result;
        }
        catch (WriteRefused refused)
        {
            return Refuse(access, citizen, category, [.. refused.Errors]);
        }
        catch (SourceUnavailableError e)
        {
            return Refuse(access, citizen, category, Down(e.Unavailable));
        }
        catch (Exception e) when (SourceUnavailableError.IsOutage(e))
        {
            return Refuse(access, citizen, category, Down(source));
        }
    }

    /// <summary>The access table's answer for this write, with the facts it needs read from the Registry (and the Youth source for a handover).</summary>
    public static async Task<AccessDecision> DecideAsync(IResolveFieldContext ctx, RequestAccess access, DataCategory category, Guid citizen)
    {
        var decision = AccessPolicy.DecideWrite(access.Request, category, null);
        if (!decision.IsPending)
            return decision;
        await using var registry = await ctx.RequestServices!.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ctx.CancellationToken);
        var facts = new CitizenFacts(await registry.ContactAssignments.AsNoTracking().Where(a => a.CitizenId == citizen).ToListAsync(ctx.CancellationToken));
        decision = AccessPolicy.DecideWrite(access.Request, category, facts);
        if (!ReferenceEquals(decision, AccessDecision.NeedsHandover))
            return decision;
        IReadOnlyList<TransitionPlan> plans;
        try
        {
            await using var youth = await ctx.RequestServices!.GetRequiredService<IDbContextFactory<YouthContext>>().CreateDbContextAsync(ctx.CancellationToken);
            plans = await youth.TransitionPlans.AsNoTracking().Where(p => p.CitizenId == citizen).ToListAsync(ctx.CancellationToken);
        }
        catch (Exception e) when (SourceUnavailableError.IsOutage(e))
        {
            throw new SourceUnavailableError(Source.Youth, e);
        }
        return AccessPolicy.DecideWrite(access.Request, category, facts with { TransitionPlans = plans });
    }

    /// <summary>
    /// The record a create with this key made before, when it was the same kind of create for the same citizen. A key
    /// reused for another citizen is refused rather than answered: the first citizen's record is decided for that
    /// citizen, not for the one this request names, and the writer may no longer reach them.
    /// </summary>
    private static async Task<WritePayload?> FirstResultAsync<TContext>(TContext db, RequestAccess access, Guid citizen, string key, string kind, Func<TContext, Guid, CancellationToken, Task<object?>> read, CancellationToken ct)
        where TContext : DbContext
    {
        var subject = access.Viewer.Subject!;
        var first = await db.Set<OutboxEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Subject == subject && e.IdempotencyKey == key, ct);
        if (first is null)
            return null;
        if (first.Kind != kind)
            throw new WriteRefused(new InvalidInput($"The idempotency key was used for another change ({first.Kind}); choose a new key for each create.", ["input", "idempotencyKey"]));
        if (first.CitizenId != citizen)
            throw new WriteRefused(new InvalidInput("The idempotency key was used for a change to another citizen; choose a new key for each create.", ["input", "idempotencyKey"]));
        return WritePayload.Of(await read(db, first.EntityId, ct) ?? throw new WriteRefused(new NotFound("The record the idempotency key made is gone.", null)));
    }

    private static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
        || e.InnerException?.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) == true;

    private static WritePayload? Unauthenticated(RequestAccess access, DataCategory category)
    {
        if (access.Viewer.IsAuthenticated)
            return null;
        access.Record(null, category, allowed: false, AccessOperation.Write);
        return WritePayload.Failed([new NotAuthorized(AccessDecision.NotAuthenticated, "Changes need a bearer token: send 'Authorization: Bearer <token>'.")]);
    }

    private static SourceDown Down(Source source) =>
        new($"The {source} source is unavailable right now, so nothing was written. Try again shortly (a create with the same idempotency key).", source.ToString());

    public static WritePayload Refuse(RequestAccess access, Guid? citizen, DataCategory category, params WriteError[] errors)
    {
        access.Record(citizen, category, allowed: false, AccessOperation.Write);
        return WritePayload.Failed(errors);
    }
}

/// <summary>What a change runs with: the owning source's context, the request's day and time, and the outbox.</summary>
public sealed class WriteScope<TContext>(IResolveFieldContext resolving, TContext db, RequestAccess access, DateTime now) where TContext : DbContext
{
    public IResolveFieldContext Field => resolving;
    public TContext Db => db;
    public RequestAccess Access => access;
    public DateOnly Today => access.Today;
    public DateTime Now => now;
    public string Department => access.Viewer.Department!;
    public CancellationToken CancellationToken => resolving.CancellationToken;

    /// <summary>Writes the change's event in the same transaction as the change.</summary>
    public void Announce(IVersioned record, string kind, string? idempotencyKey) =>
        db.Set<OutboxEvent>().Add(new OutboxEvent
        {
            CitizenId = record.CitizenId,
            Kind = kind,
            Department = Department,
            EntityType = NodeTypeOf(record),
            EntityId = record.Id,
            OccurredAt = now,
            Subject = access.Viewer.Subject!,
            IdempotencyKey = idempotencyKey,
        });

    private static string NodeTypeOf(IVersioned record) => record switch
    {
        ContactAssignment => "ContactAssignment",
        GoalLink => "GoalLink",
        _ => record.GetType().Name,
    };
}
