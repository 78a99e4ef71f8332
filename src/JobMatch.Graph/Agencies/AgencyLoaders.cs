using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types.Relay.DataObjects;
using JobMatch.Data;
using JobMatch.Data.Registry;
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
        context.Loaders().ById<RegistryContext, Employee>("registry.employeeById", db => db.Employees, e => e.Id).Load(id);

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
    public static IDataLoaderResult<Connection<Citizen>> CitizensOfEmployee(this IResolveFieldContext context, Guid employeeId, Paging.Window window, bool withTotal) =>
        context.Loaders().GetOrAdd<(Guid Employee, Paging.Window Window, bool WithTotal), Connection<Citizen>>(Source.Registry, "registry.citizensOfEmployee", async (sp, keys, ct) =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
            var pages = new Dictionary<(Guid, Paging.Window, bool), Connection<Citizen>>();
            // Aliases may ask for different pages; each distinct page is one statement.
            foreach (var group in keys.GroupBy(k => (k.Window, k.WithTotal)))
            {
                var (offset, take) = (group.Key.Window.Offset, group.Key.Window.First + 1);
                var total = group.Key.WithTotal;
                var ids = group.Select(k => k.Employee).ToList();
                var rows = await db.Employees.Where(e => ids.Contains(e.Id)).Select(e => new
                {
                    e.Id,
                    Citizens = (
                        from a in db.ContactAssignments
                        where a.To == null && a.EmployeeId == e.Id
                        join c in db.Citizens on a.CitizenId equals c.Id
                        orderby c.LastName, c.FirstName, c.Id
                        select c).Skip(offset).Take(take).ToList(),
                    Total = total ? db.ContactAssignments.Count(a => a.To == null && a.EmployeeId == e.Id) : (int?)null,
                }).ToListAsync(ct);
                foreach (var row in rows)
                    pages[(row.Id, group.Key.Window, total)] = Paging.Page(row.Citizens, group.Key.Window, row.Total);
            }
            return pages;
        }, Paging.Page<Citizen>([], default, 0)).Load((employeeId, window, withTotal));
}
