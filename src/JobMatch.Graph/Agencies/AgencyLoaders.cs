using GraphQL;
using GraphQL.DataLoader;
using JobMatch.Data;
using JobMatch.Data.Registry;
using JobMatch.Graph.Batching;
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

    /// <summary>The citizens an employee is the current contact person of, in one join over the Registry.</summary>
    public static IDataLoaderResult<IReadOnlyList<Citizen>> CitizensOfEmployee(this IResolveFieldContext context, Guid employeeId) =>
        context.Loaders().GetOrAdd<Guid, IReadOnlyList<Citizen>>(Source.Registry, "registry.citizensOfEmployee", async (sp, ids, ct) =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
            var rows = await (
                from a in db.ContactAssignments
                where a.To == null && ids.Contains(a.EmployeeId)
                join c in db.Citizens on a.CitizenId equals c.Id
                orderby c.LastName, c.FirstName
                select new { a.EmployeeId, Citizen = c }).ToListAsync(ct);
            return rows.GroupBy(r => r.EmployeeId).ToDictionary(g => g.Key, g => (IReadOnlyList<Citizen>)g.Select(r => r.Citizen).ToList());
        }, []).Load(employeeId);
}
