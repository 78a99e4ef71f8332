using GraphQL;
using GraphQL.DataLoader;
using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Graph.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Batching;

/// <summary>
/// The master data every request refers to and nobody edits through this API (agencies, projects with their steps,
/// target groups, benefit types): a few hundred rows, held in memory, read whole at start and again in the background
/// once they are a minute old, instead of once per request and level. A request never waits for a refresh, so its
/// statements are the same whatever the time; while a source is down, its last table stays in use.
/// </summary>
public sealed class ReferenceData(IServiceProvider services, TimeProvider clock, ILogger<ReferenceData> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public ReferenceTable<Agency> Agencies { get; } = new(Source.Registry, Read<RegistryContext, Agency>(services, db => db.Agencies), a => a.Code, clock, logger);
    public ReferenceTable<Project> Projects { get; } = new(Source.Registry,
        Read<RegistryContext, Project>(services, db => db.Projects.Include(p => p.Steps.OrderBy(s => s.Order)).AsSplitQuery()), p => p.Code, clock, logger);
    public ReferenceTable<TargetGroup> TargetGroups { get; } = new(Source.Employment, Read<EmploymentContext, TargetGroup>(services, db => db.TargetGroups), t => t.Code, clock, logger);
    public ReferenceTable<BenefitType> BenefitTypes { get; } = new(Source.Employment, Read<EmploymentContext, BenefitType>(services, db => db.BenefitTypes), t => t.Code, clock, logger);

    /// <summary>
    /// The department whose detail a project's enrolments reveal: the department that runs it, or BIF (whose source
    /// holds every enrolment) for a project run outside the departments; null while the tables are not yet read.
    /// </summary>
    public string? DepartmentRunning(string projectCode)
    {
        if (Projects.Known(projectCode) is not { } project)
            return Projects.IsLoaded ? Access.Departments.Employment : null;
        if (Access.Departments.IsDepartment(project.OwnerCode))
            return project.OwnerCode;
        if (Agencies.Known(project.OwnerCode) is not { } owner)
            return Agencies.IsLoaded ? Access.Departments.Employment : null;
        return Access.Departments.IsDepartment(owner.DepartmentCode) ? owner.DepartmentCode : Access.Departments.Employment;
    }

    /// <summary>Loads every table; a table whose source is down is logged and left for the first request.</summary>
    public Task WarmUpAsync(CancellationToken ct) =>
        Task.WhenAll(Agencies.WarmUpAsync(ct), Projects.WarmUpAsync(ct), TargetGroups.WarmUpAsync(ct), BenefitTypes.WarmUpAsync(ct));

    private static Func<CancellationToken, Task<List<TRow>>> Read<TContext, TRow>(IServiceProvider services, Func<TContext, IQueryable<TRow>> rows)
        where TContext : DbContext
        where TRow : class =>
        async ct =>
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync(ct);
            return await rows(db).AsNoTracking().ToListAsync(ct);
        };
}

/// <summary>One reference table of one source, by code.</summary>
public sealed class ReferenceTable<TRow>(Source source, Func<CancellationToken, Task<List<TRow>>> read, Func<TRow, string> keyOf, TimeProvider clock, ILogger logger)
    where TRow : class
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile Snapshot? current;
    private int refreshing;

    private sealed record Snapshot(DateTimeOffset Expires, IReadOnlyDictionary<string, TRow> Rows);

    /// <summary>The row with this code, or null; completed at once unless the table has never been read.</summary>
    public IDataLoaderResult<TRow?> Find(string code)
    {
        if (current is { } snapshot)
        {
            RefreshIfOld(snapshot);
            return DataLoaderResults.Completed(snapshot.Rows.GetValueOrDefault(code));
        }
        return DataLoaderResults.FromTask(ct => FindAsync(code, ct));
    }

    /// <summary>The row with this code from the table in memory, without waiting; null when absent or not yet read.</summary>
    public TRow? Known(string code) => current?.Rows.GetValueOrDefault(code);

    public bool IsLoaded => current is not null;

    /// <summary>Every row of the table in memory; empty when not yet read.</summary>
    public IEnumerable<TRow> KnownRows => current?.Rows.Values ?? [];

    private async Task<TRow?> FindAsync(string code, CancellationToken ct) => (await LoadAsync(ct)).Rows.GetValueOrDefault(code);

    internal async Task WarmUpAsync(CancellationToken ct)
    {
        try
        {
            await LoadAsync(ct);
        }
        catch (SourceUnavailableError e)
        {
            logger.LogWarning(e, "The {Source} reference table {Table} could not be read at start; the first request reads it", source, typeof(TRow).Name);
        }
    }

    private void RefreshIfOld(Snapshot snapshot)
    {
        if (clock.GetUtcNow() < snapshot.Expires || Interlocked.CompareExchange(ref refreshing, 1, 0) != 0)
            return;
        // Stale while it refreshes: the refresh runs apart from the request, outside its statement log and its cancellation.
        using (ExecutionContext.SuppressFlow())
            _ = Task.Run(RefreshAsync);
    }

    private async Task RefreshAsync()
    {
        try
        {
            await LoadAsync(CancellationToken.None);
        }
        catch (SourceUnavailableError e)
        {
            logger.LogWarning(e, "Refreshing the {Source} reference table {Table} failed; the previous one stays in use", source, typeof(TRow).Name);
        }
        finally
        {
            Volatile.Write(ref refreshing, 0);
        }
    }

    private async Task<Snapshot> LoadAsync(CancellationToken ct)
    {
        await loading.WaitAsync(ct);
        try
        {
            if (current is { } fresh && clock.GetUtcNow() < fresh.Expires)
                return fresh;
            List<TRow> rows;
            try
            {
                rows = await read(ct);
            }
            catch (Exception e) when (SourceUnavailableError.IsOutage(e))
            {
                throw new SourceUnavailableError(source, e);
            }
            return current = new Snapshot(clock.GetUtcNow() + ReferenceData.Lifetime, rows.ToDictionary(keyOf));
        }
        finally
        {
            loading.Release();
        }
    }
}

/// <summary>Reads the reference data when the server starts, so no request pays for the first read.</summary>
public sealed class ReferenceDataWarmup(ReferenceData reference) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => reference.WarmUpAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class ReferenceDataExtensions
{
    public static ReferenceData Reference(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ReferenceData>();
}
