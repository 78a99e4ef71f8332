using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using JobMatch.Data;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Agencies;
using JobMatch.Graph.Batching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Citizens;

/// <summary>Batched reads of the Registry's citizen data.</summary>
public static class CitizenLoaders
{
    public static IDataLoaderResult<Citizen?> CitizenById(this IResolveFieldContext context, Guid id) =>
        context.Loaders().ById<RegistryContext, Citizen>("registry.citizenById", db => db.Citizens, CitizenId).Load(id);

    // Built once: a lambda written at the call would build its expression tree on every call.
    private static readonly Expression<Func<Citizen, Guid>> CitizenId = c => c.Id;

    /// <summary>
    /// The citizen's contact persons today, one per department involved: what the contact persons show, and what
    /// every access decision about the citizen reads (<see cref="Access.CitizenFacts"/>). The contact persons come in
    /// the same statement and fill the request's employee loader, since a plan or a page that shows the contact
    /// assignments shows whom to call, their unit and their title too.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<ContactAssignment>> ContactAssignmentsOf(this IResolveFieldContext context, Guid citizenId)
    {
        var loaders = context.Loaders();
        return (loaders.Existing<Guid, IReadOnlyList<ContactAssignment>>(ContactAssignments) ?? AddContactAssignments(loaders, context.Access().Today)).Load(citizenId);
    }

    private const string ContactAssignments = "registry.contactAssignments";

    private static BatchLoader<Guid, IReadOnlyList<ContactAssignment>> AddContactAssignments(BatchLoaderContext loaders, DateOnly today) =>
        loaders.GetOrAdd<Guid, IReadOnlyList<ContactAssignment>>(Source.Registry, ContactAssignments, async (sp, ids, ct) =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
            var rows = await (
                from a in db.ContactAssignments.Where(CitizenFacts.InForceOn(today)).Where(KeyFilter.Matching<ContactAssignment>(a => a.CitizenId, ids))
                join e in db.Employees on a.EmployeeId equals e.Id into employees
                from e in employees.DefaultIfEmpty()
                orderby a.DepartmentCode, a.From
                select new { Assignment = a, Employee = e }).ToListAsync(ct);
            var employeeLoader = loaders.Employees();
            foreach (var row in rows)
            {
                if (row.Employee is { } employee)
                    employeeLoader.Prime(employee.Id, employee);
            }
            return rows.GroupBy(r => r.Assignment.CitizenId).ToDictionary(g => g.Key, g => (IReadOnlyList<ContactAssignment>)g.Select(r => r.Assignment).ToList());
        }, []);

    public static IDataLoaderResult<IReadOnlyList<Consent>> ConsentsOf(this IResolveFieldContext context, Guid citizenId) =>
        context.Loaders().ByCitizen<RegistryContext, Consent>("registry.consents", db => db.Consents.OrderBy(c => c.ValidFrom)).Load(citizenId);
}
