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

    /// <summary>A project's participants: its enrolments, newest first, for every project asked for in one statement.</summary>
    public static IDataLoaderResult<IReadOnlyList<Enrollment>> ParticipantsOf(this IResolveFieldContext context, string projectCode) =>
        context.Loaders().GetOrAdd<string, IReadOnlyList<Enrollment>>(Source.Employment, "employment.participants", async (sp, codes, ct) =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<EmploymentContext>>().CreateDbContextAsync(ct);
            var rows = await db.Enrollments.Include(e => e.Steps.OrderBy(s => s.StepOrder))
                .Where(e => codes.Contains(e.ProjectCode)).OrderByDescending(e => e.EnrolledOn).ThenBy(e => e.Id).ToListAsync(ct);
            return rows.GroupBy(e => e.ProjectCode).ToDictionary(g => g.Key, g => (IReadOnlyList<Enrollment>)g.ToList());
        }, []).Load(projectCode);
}
