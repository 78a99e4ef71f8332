using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Employment;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Bench.Baseline;

/// <summary>
/// Scenario 2 by hand: <c>GET /rest/citizens?department=SOF&amp;first=50</c>, a page of the citizens a department is
/// involved with, each with the employment summary and the contact persons. Three statements whatever the page size.
/// </summary>
public static class StatusPageEndpoint
{
    private const string Operation = "CitizensWithStatus";

    public static async Task HandleAsync(HttpContext http, string? department, int? first, string? after,
        IDbContextFactory<RegistryContext> registryFactory, IDbContextFactory<EmploymentContext> employmentFactory)
    {
        var correlationId = BaselineHttp.Begin(http);
        if (BaselineHttp.HasInvalidToken(http))
        {
            await BaselineHttp.RefuseAsync(http, StatusCodes.Status401Unauthorized, correlationId, "The bearer token is invalid or expired; get a new one.", "AUTH_INVALID_TOKEN");
            return;
        }
        var size = first ?? Paging.DefaultPageSize;
        var offset = Paging.Offset(after);
        if (size is < 0 or > Paging.MaxPageSize || offset is null)
        {
            await BaselineHttp.RefuseAsync(http, StatusCodes.Status400BadRequest, correlationId, $"'first' must be between 0 and {Paging.MaxPageSize}, 'after' a cursor from this list.", "BAD_REQUEST");
            return;
        }
        var ct = http.RequestAborted;
        var access = BaselineHttp.Access(http, Operation);
        var listing = access.Decide(DataCategory.Identity, null);
        if (!listing.Allowed)
        {
            await BaselineHttp.WriteAsync(http, 200, new Envelope<StatusPageData>([BaselineHttp.Denied(listing, "citizens")], new StatusPageData(null), new(correlationId)), BaselineJson.Default.EnvelopeStatusPageData);
            return;
        }

        await using var registry = await registryFactory.CreateDbContextAsync(ct);
        IQueryable<Citizen> query = registry.Citizens;
        if (department is not null)
            query = query.Where(c => registry.ContactAssignments.Any(a => a.CitizenId == c.Id && a.DepartmentCode == department && a.To == null));
        var page = await query.OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id)
            .Skip(offset.Value).Take(size + 1)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.BirthDate }).ToListAsync(ct);
        var hasNext = page.Count > size;
        if (hasNext)
            page.RemoveAt(size);
        var ids = page.Select(c => c.Id).ToList();

        var contacts = (await (
            from a in registry.ContactAssignments
            where ids.Contains(a.CitizenId) && a.To == null
            join e in registry.Employees on a.EmployeeId equals e.Id
            orderby a.DepartmentCode, a.From
            select new { a.CitizenId, Contact = new StatusContact(a.DepartmentCode, a.Responsibility, a.From, new StatusEmployee(e.Name, e.Title, e.Email, e.Phone)) })
            .ToListAsync(ct)).ToLookup(r => r.CitizenId, r => r.Contact);

        await using var employment = await employmentFactory.CreateDbContextAsync(ct);
        var placements = (await employment.Placements.Where(p => ids.Contains(p.CitizenId)).OrderBy(p => p.From)
            .Select(p => new Placement { CitizenId = p.CitizenId, Kind = p.Kind, From = p.From, HoursPerWeek = p.HoursPerWeek, Status = p.Status })
            .ToListAsync(ct)).ToLookup(p => p.CitizenId);

        var errors = new List<ErrorDto>();
        var edges = new List<Edge<StatusCitizen>>(page.Count);
        foreach (var (c, i) in page.Select((c, i) => (c, i)))
        {
            // Identity and the employment summary are shared with every caseworker by law: no consent to load.
            access.Record(c.Id, DataCategory.Identity, access.Decide(DataCategory.Identity, c.Id).Allowed);
            var summary = access.Decide(DataCategory.EmploymentSummary, c.Id);
            access.Record(c.Id, DataCategory.EmploymentSummary, summary.Allowed);
            if (!summary.Allowed)
                errors.Add(BaselineHttp.Denied(summary, "citizens", "edges", i, "node", "employmentStatus"));
            edges.Add(new Edge<StatusCitizen>(new StatusCitizen(c.Id, $"{c.FirstName} {c.LastName}", c.BirthDate,
                summary.Allowed ? CombinedPlanEndpoint.ToDto(EmploymentStatus.On(access.Today, placements[c.Id].ToList(), [], [], [])) : null,
                contacts[c.Id].ToList())));
        }

        if (!await BaselineHttp.AuditAsync(http, access, correlationId))
            return;
        var data = new StatusPageData(new StatusPage(new PageInfoDto(hasNext, edges.Count > 0 ? Paging.Cursor(offset.Value + edges.Count - 1) : null), edges));
        await BaselineHttp.WriteAsync(http, 200,
            new Envelope<StatusPageData>(errors.Count > 0 ? errors : null, data, errors.Count > 0 ? new(correlationId) : null),
            BaselineJson.Default.EnvelopeStatusPageData);
    }
}
