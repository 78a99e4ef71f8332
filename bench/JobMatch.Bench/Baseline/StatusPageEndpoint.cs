using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Employment;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Bench.Baseline;

/// <summary>
/// Scenario 2 by hand: <c>GET /rest/citizens?department=SOF&amp;first=50</c>, a page of the citizens a department is
/// involved with (within the viewer's caseload), each with the employment summary and the contact persons, whose
/// responsibility and title show only where the viewer may read their department's detail. Seven statements whatever
/// the page size (the consents only when another department's contact person is on the page).
/// </summary>
public static class StatusPageEndpoint
{
    private const string Operation = "CitizensWithStatus";

    private sealed record ContactRow(ContactAssignment Assignment, string? EmployeeDepartment, StatusEmployee? Employee);

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
        var seek = after is null ? null : Paging.Values(after, "name:asc", 3);
        if (size is < 0 or > Paging.MaxPageSize || after is not null && (seek is null || !Guid.TryParse(seek[2], out _)))
        {
            await BaselineHttp.RefuseAsync(http, StatusCodes.Status400BadRequest, correlationId, $"'first' must be between 0 and {Paging.MaxPageSize}, 'after' a cursor from this list.", "BAD_REQUEST");
            return;
        }
        var ct = http.RequestAborted;
        if (await BaselineHttp.AccessAsync(http, correlationId) is not { } access)
            return;
        var listing = access.Decide(DataCategory.Identity, null);
        if (!listing.Allowed)
        {
            // A refused list is logged for nobody in particular, as the graph logs it.
            access.Record(null, DataCategory.Identity, allowed: false);
            if (await BaselineHttp.AuditAsync(http, access, correlationId, Operation))
                await BaselineHttp.WriteAsync(http, 200, new Envelope<StatusPageData>([BaselineHttp.Denied(listing, "citizens")], new StatusPageData(null), new(correlationId)), BaselineJson.Default.EnvelopeStatusPageData);
            return;
        }

        // Only the viewer's caseload is listed: the same condition as the graph's page, in the same statement.
        var viewerDepartment = access.Viewer.Department!;
        var today = access.Today;
        await using var registry = await registryFactory.CreateDbContextAsync(ct);
        IQueryable<Citizen> query = registry.Citizens;
        if (department is not null)
            query = query.Where(c => registry.ContactAssignments.Any(a => a.CitizenId == c.Id && a.DepartmentCode == department && a.To == null));
        if (seek is [var last, var firstName, var seekId])
        {
            var afterId = Guid.Parse(seekId);
            query = query.Where(c => string.Compare(c.SearchLastName, last) >= 0 && (string.Compare(c.SearchLastName, last) > 0
                || c.SearchLastName == last && (string.Compare(c.SearchFirstName, firstName) > 0 || c.SearchFirstName == firstName && c.Id > afterId)));
        }
        var page = await query.InCaseload(registry, viewerDepartment, today).OrderBy(c => c.SearchLastName).ThenBy(c => c.SearchFirstName).ThenBy(c => c.Id)
            .Take(size + 1)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.BirthDate, c.SearchLastName, c.SearchFirstName }).ToListAsync(ct);
        var hasNext = page.Count > size;
        if (hasNext)
            page.RemoveAt(size);
        var ids = page.Select(c => c.Id).ToList();

        // The contact assignments in force are both what the page shows and the facts every decision reads.
        var contacts = (await (
            from a in BaselineAccess.Current(registry, today)
            where ids.Contains(a.CitizenId)
            join e in registry.Employees on a.EmployeeId equals e.Id into employees
            from e in employees.DefaultIfEmpty()
            orderby a.DepartmentCode, a.From
            select new ContactRow(a, e == null ? null : e.DepartmentCode, e == null ? null : new StatusEmployee(e.Name, e.Title, e.Email, e.Phone)))
            .ToListAsync(ct)).ToLookup(r => r.Assignment.CitizenId);
        foreach (var id in ids)
            access.Decide(DataCategory.Identity, id, new CitizenFacts(contacts[id].Select(r => r.Assignment).ToList()));
        // Another department's contact person tells that department's detail, which only a consent opens: the consents
        // of the citizens with such a contact load in one statement, as the graph's loader batches them.
        var needConsents = ids.Where(id => contacts[id].SelectMany(r => new[] { r.Assignment.DepartmentCode, r.EmployeeDepartment })
            .Any(d => d is not null && Departments.DetailOf.TryGetValue(d, out var detail) && access.Decide(detail, id) == AccessDecision.NeedsConsents)).ToList();
        var consents = await BaselineAccess.ConsentsAsync(registry, needConsents, ct);
        foreach (var id in needConsents)
            access.Decide(DataCategory.Identity, id, access.FactsOf(id)! with { Consents = consents[id].ToList() });

        await using var employment = await employmentFactory.CreateDbContextAsync(ct);
        // The summary is judged on today: only the records in force today can count, so only those are read, one
        // statement per kind for the page (placements and activities not cancelled, benefit and target group periods).
        var placements = (await employment.Placements
            .Where(p => ids.Contains(p.CitizenId) && p.Status != PlanStatus.Cancelled && p.From <= today && (p.To == null || p.To >= today))
            .Select(p => new Placement { CitizenId = p.CitizenId, Kind = p.Kind, From = p.From, To = p.To, HoursPerWeek = p.HoursPerWeek, Status = p.Status })
            .ToListAsync(ct)).ToLookup(p => p.CitizenId);
        var activities = (await employment.JobActivities
            .Where(a => ids.Contains(a.CitizenId) && a.Status != PlanStatus.Cancelled && a.From <= today && (a.To == null || a.To >= today))
            .Select(a => new JobActivity { CitizenId = a.CitizenId, Title = a.Title, Provider = a.Provider, From = a.From, To = a.To, Status = a.Status })
            .ToListAsync(ct)).ToLookup(a => a.CitizenId);
        var benefits = (await employment.BenefitPeriods
            .Where(b => ids.Contains(b.CitizenId) && b.From <= today && (b.To == null || b.To >= today))
            .Select(b => new BenefitPeriod { CitizenId = b.CitizenId, BenefitCode = b.BenefitCode, From = b.From, To = b.To })
            .ToListAsync(ct)).ToLookup(b => b.CitizenId);
        var targetGroups = (await employment.TargetGroupPeriods
            .Where(t => ids.Contains(t.CitizenId) && t.From <= today && (t.To == null || t.To >= today))
            .Select(t => new TargetGroupPeriod { CitizenId = t.CitizenId, TargetGroupCode = t.TargetGroupCode, From = t.From, To = t.To })
            .ToListAsync(ct)).ToLookup(t => t.CitizenId);

        // Errors in the order the graph meets them: level by level, so every title (one level deeper) after every responsibility.
        var errors = new List<ErrorDto>();
        var edges = new List<Edge<StatusCitizen>>(page.Count);
        foreach (var (c, i) in page.Select((c, i) => (c, i)))
        {
            access.Record(c.Id, DataCategory.Identity, access.Decide(DataCategory.Identity, c.Id));
            access.Record(c.Id, DataCategory.Involvement, access.Decide(DataCategory.Involvement, c.Id));
            var summary = access.Decide(DataCategory.EmploymentSummary, c.Id);
            access.Record(c.Id, DataCategory.EmploymentSummary, summary);
            if (!summary.Allowed)
                errors.Add(BaselineHttp.Denied(summary, "citizens", "edges", i, "node", "employmentStatus"));
            var shown = new List<StatusContact>();
            foreach (var (row, j) in contacts[c.Id].Select((row, j) => (row, j)))
            {
                // What the contact person does for the citizen is the department's detail; how to reach them is not.
                var responsibility = BaselineAccess.DepartmentDetail(access, c.Id, row.Assignment.DepartmentCode);
                var person = row.Employee;
                if (person is not null && row.EmployeeDepartment is { } employeeDepartment)
                {
                    var title = BaselineAccess.DepartmentDetail(access, c.Id, employeeDepartment);
                    if (!title.Allowed)
                        person = person with { Title = null };
                }
                shown.Add(new StatusContact(row.Assignment.DepartmentCode, responsibility.Allowed ? row.Assignment.Responsibility : null, row.Assignment.From, person));
            }
            edges.Add(new Edge<StatusCitizen>(new StatusCitizen(c.Id, $"{c.FirstName} {c.LastName}", c.BirthDate,
                summary.Allowed ? CombinedPlanEndpoint.ToDto(EmploymentStatus.On(today, placements[c.Id].ToList(), activities[c.Id].ToList(), benefits[c.Id].ToList(), targetGroups[c.Id].ToList())) : null,
                shown)));
        }

        if (!await BaselineHttp.AuditAsync(http, access, correlationId, Operation))
            return;
        var data = new StatusPageData(new StatusPage(new PageInfoDto(hasNext, edges.Count > 0 ? Paging.Cursor("name:asc", page[^1].SearchLastName, page[^1].SearchFirstName, page[^1].Id.ToString("D")) : null), edges));
        await BaselineHttp.WriteAsync(http, 200,
            new Envelope<StatusPageData>(errors.Count > 0 ? errors : null, data, errors.Count > 0 ? new(correlationId) : null),
            BaselineJson.Default.EnvelopeStatusPageData);
    }
}
