using System.Text;
using GraphQL;
using GraphQL.Types.Relay.DataObjects;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Citizens;

/// <summary>
/// Pages of the viewer's caseload, filtered across sources by asking each source for the ids it matches. The
/// caseload is in the same statement as the page, so a filter, a sort, a count or a cursor never reaches a
/// citizen outside it.
/// </summary>
public static class CitizenSearch
{
    public const int DefaultPageSize = 20;

    public static async Task<Connection<Citizen>> PageAsync(
        IServiceProvider services, JobMatchRequest request, CitizenFilter? filter, CitizenOrder order, int first, string? after, bool withTotal, CancellationToken ct)
    {
        var department = request.Viewer.Department
            ?? throw new ExecutionError("Only staff of a department have a caseload to list.") { Code = AccessDecision.NotAuthorized };
        var offset = after is null ? 0 : DecodeCursor(after) + 1;

        var employmentIds = await EmploymentMatchesAsync(services, filter, ct);
        await using var db = await services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
        var inForce = CitizenFacts.InForceOn(request.Today);
        var query = Filter(db, filter, employmentIds, inForce)
            .Where(c => db.ContactAssignments.Where(inForce).Any(a => a.CitizenId == c.Id && a.DepartmentCode == department));
        int? total = withTotal ? await query.CountAsync(ct) : null;
        var rows = await Sort(query, order).Skip(offset).Take(first + 1).ToListAsync(ct);

        var edges = rows.Take(first).Select((c, i) => new Edge<Citizen> { Node = c, Cursor = EncodeCursor(offset + i) }).ToList();
        return new Connection<Citizen>
        {
            Edges = edges,
            TotalCount = total,
            PageInfo = new PageInfo
            {
                HasNextPage = rows.Count > first,
                HasPreviousPage = offset > 0,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    /// <summary>The ids the Employment source matches for project and target-group conditions; null when none is given.</summary>
    private static async Task<List<Guid>?> EmploymentMatchesAsync(IServiceProvider services, CitizenFilter? filter, CancellationToken ct)
    {
        if (filter?.Project is null && filter?.TargetGroup is null)
            return null;
        await using var db = await services.GetRequiredService<IDbContextFactory<EmploymentContext>>().CreateDbContextAsync(ct);
        IQueryable<Guid>? ids = null;
        if (filter.Project is { } project)
            ids = db.Enrollments.Where(e => e.ProjectCode == project).Select(e => e.CitizenId);
        if (filter.TargetGroup is { } targetGroup)
        {
            var inGroup = db.TargetGroupPeriods.Where(p => p.TargetGroupCode == targetGroup && p.To == null).Select(p => p.CitizenId);
            ids = ids is null ? inGroup : ids.Intersect(inGroup);
        }
        return await ids!.Distinct().ToListAsync(ct);
    }

    private static IQueryable<Citizen> Filter(RegistryContext db, CitizenFilter? filter, List<Guid>? employmentIds, System.Linq.Expressions.Expression<Func<ContactAssignment, bool>> inForce)
    {
        IQueryable<Citizen> query = db.Citizens;
        if (filter?.Name is { Length: > 0 } name)
        {
            var pattern = "%" + name.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            // LIKE ignores case on SQLite and SQL Server's default collation; PostgreSQL's is case-sensitive, so ILIKE,
            // over unaccent() on both sides so that "sorensen" finds "Sørensen" there too.
            query = db.Database.IsNpgsql()
                ? query.Where(c => EF.Functions.ILike(EF.Functions.Unaccent(c.FirstName + " " + c.LastName), EF.Functions.Unaccent(pattern), "\\"))
                : query.Where(c => EF.Functions.Like(c.FirstName + " " + c.LastName, pattern, "\\"));
        }
        if (filter?.District is { } district)
            query = query.Where(c => c.District == district);
        if (filter?.Department is { } department)
            query = query.Where(c => db.ContactAssignments.Where(inForce).Any(a => a.CitizenId == c.Id && a.DepartmentCode == department));
        if (employmentIds is not null)
            query = query.Where(c => employmentIds.Contains(c.Id));
        return query;
    }

    private static IQueryable<Citizen> Sort(IQueryable<Citizen> query, CitizenOrder order) => order switch
    {
        CitizenOrder.NameDesc => query.OrderByDescending(c => c.LastName).ThenByDescending(c => c.FirstName).ThenByDescending(c => c.Id),
        CitizenOrder.BirthDateAsc => query.OrderBy(c => c.BirthDate).ThenBy(c => c.Id),
        CitizenOrder.BirthDateDesc => query.OrderByDescending(c => c.BirthDate).ThenByDescending(c => c.Id),
        _ => query.OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id),
    };

    // Cursors are positions, opaque to the caller: they carry no personal data.
    private static string EncodeCursor(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"citizen:{position}"));

    private static int DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("citizen:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(8), out var position) && position >= 0)
                return position;
        }
        catch (FormatException)
        {
        }
        throw new ExecutionError("'after' is not a cursor from this connection; use a pageInfo.endCursor or edges.cursor value.") { Code = "INVALID_CURSOR" };
    }
}
