using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types.Relay.DataObjects;
using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Limits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Projects;

/// <summary>Batched reads of projects (Registry) and enrolments (Employment).</summary>
public static class ProjectLoaders
{
    public static IDataLoaderResult<Project?> ProjectByCode(this IResolveFieldContext context, string code) =>
        context.Reference().Projects.Find(code);

    public static IDataLoaderResult<IReadOnlyList<Enrollment>> EnrollmentsOf(this IResolveFieldContext context, Guid citizenId) =>
        context.Loaders().ByCitizen<EmploymentContext, Enrollment>("employment.enrollments",
            db => db.Enrollments.Include(e => e.Steps.OrderBy(s => s.StepOrder)).OrderBy(e => e.EnrolledOn)).Load(citizenId);

    /// <summary>
    /// A page of a project's participants, its enrolments newest first, cut in the database: one statement per
    /// project and page asked for (the projects are a few dozen master-data rows), so a large project is never read whole.
    /// </summary>
    public static IDataLoaderResult<Connection<Enrollment>> ParticipantsOf(this IResolveFieldContext context, string projectCode, Paging.Window window, bool withTotal) =>
        context.Loaders().GetOrAdd<(string Project, Paging.Window Window, bool WithTotal), Connection<Enrollment>>(Source.Employment, "employment.participants", async (sp, keys, ct) =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<EmploymentContext>>().CreateDbContextAsync(ct);
            var pages = new Dictionary<(string, Paging.Window, bool), Connection<Enrollment>>();
            foreach (var key in keys)
            {
                var enrollments = db.Enrollments.Where(e => e.ProjectCode == key.Project);
                int? total = key.WithTotal ? await enrollments.CountAsync(ct) : null;
                var rows = await enrollments.Include(e => e.Steps.OrderBy(s => s.StepOrder))
                    .OrderByDescending(e => e.EnrolledOn).ThenBy(e => e.Id).Skip(key.Window.Offset).Take(key.Window.First + 1).ToListAsync(ct);
                pages[key] = Paging.Page(rows, key.Window, total);
            }
            return pages;
        }, Paging.Page<Enrollment>([], default, 0)).Load((projectCode, window, withTotal));
}
