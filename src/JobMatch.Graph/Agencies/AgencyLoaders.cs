using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types.Relay.DataObjects;
using JobMatch.Data;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Limits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Agencies;

/// <summary>Batched reads of agencies and employees from the Registry.</summary>
public static class AgencyLoaders
{
    public static IDataLoaderResult<Agency?> AgencyByCode(this IResolveFieldContext context, string code) =>
        context.Reference().Agencies.Find(code);

    public static IDataLoaderResult<Employee?> EmployeeById(this IResolveFieldContext context, Guid id) =>
        context.Loaders().Employees().Load(id);

    /// <summary>The request's loader of employees by id, which the contact assignments' loader also fills.</summary>
    internal static BatchLoader<Guid, Employee?> Employees(this BatchLoaderContext loaders) =>
        loaders.ById<RegistryContext, Employee>("registry.employeeById", db => db.Employees, EmployeeId);

    // Built once: a lambda written at the call would build its expression tree on every call.
    private static readonly Expression<Func<Employee, Guid>> EmployeeId = e => e.Id;

    /// <summary>The units that belong to a department.</summary>
    public static IDataLoaderResult<IReadOnlyList<Agency>> UnitsOf(this IResolveFieldContext context, string departmentCode) =>
        context.Loaders().GetOrAdd<string, IReadOnlyList<Agency>>(Source.Registry, "registry.unitsOf", async (sp, codes, ct) =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
            var units = await db.Agencies.Where(a => a.Kind == AgencyKind.Unit && codes.Contains(a.DepartmentCode!)).OrderBy(a => a.Name).ToListAsync(ct);
            return units.GroupBy(a => a.DepartmentCode!).ToDictionary(g => g.Key, g => (IReadOnlyList<Agency>)g.ToList());
        }, []).Load(departmentCode);

    /// <summary>
    /// A page of the citizens an employee is the current contact person of: one statement for every employee on
    /// the level, each employee's page cut in the database, so a large caseload is never read whole.
    /// </summary>
    public static IDataLoaderResult<Connection<Citizen>> CitizensOfEmployee(this IResolveFieldContext context, Guid employeeId, Paging.Window window, bool withTotal)
    {
        var inForce = CitizenFacts.InForceOn(context.Access().Request.Today);
        return context.Loaders().GetOrAdd<(Guid Employee, Paging.Window Window, bool WithTotal), Connection<Citizen>>(Source.Registry, "registry.citizensOfEmployee", async (sp, keys, ct) =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
            var pages = new Dictionary<(Guid, Paging.Window, bool), Connection<Citizen>>();
            // Aliases may ask for different pages; each distinct page is one statement.
            foreach (var group in keys.GroupBy(k => (k.Window, k.WithTotal)))
            {
                var window = group.Key.Window;
                var ids = group.Select(k => k.Employee).ToList();
                var assignments = db.ContactAssignments.Where(inForce);
                if (window.NeedsTotal)
                {
                    // The last page of each caseload: read from the end, then put back in order; the count places it.
                    var lastRows = await db.Employees.Where(e => ids.Contains(e.Id)).Select(e => new
                    {
                        e.Id,
                        Citizens = (
                            from a in assignments
                            where a.EmployeeId == e.Id
                            join c in db.Citizens on a.CitizenId equals c.Id
                            orderby c.LastName descending, c.FirstName descending, c.Id descending
                            select c).Take(window.Size).ToList(),
                        Total = assignments.Count(a => a.EmployeeId == e.Id),
                    }).ToListAsync(ct);
                    foreach (var row in lastRows)
                    {
                        var citizens = Enumerable.Reverse(row.Citizens).ToList();
                        pages[(row.Id, window, group.Key.WithTotal)] = Paging.Page(citizens, window, row.Total - citizens.Count, citizens.Count, group.Key.WithTotal ? row.Total : null);
                    }
                    continue;
                }
                var (offset, take) = window.Slice(null);
                var total = group.Key.WithTotal;
                var rows = await db.Employees.Where(e => ids.Contains(e.Id)).Select(e => new
                {
                    e.Id,
                    Citizens = (
                        from a in assignments
                        where a.EmployeeId == e.Id
                        join c in db.Citizens on a.CitizenId equals c.Id
                        orderby c.LastName, c.FirstName, c.Id
                        select c).Skip(offset).Take(take + 1).ToList(),
                    Total = total ? assignments.Count(a => a.EmployeeId == e.Id) : (int?)null,
                }).ToListAsync(ct);
                foreach (var row in rows)
                    pages[(row.Id, window, total)] = Paging.Page(row.Citizens, window, offset, take, row.Total);
            }
            return pages;
        }, Paging.Page<Citizen>([], default, 0, 0, 0)).Load((employeeId, window, withTotal));
    }
}
