using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Bench.Baseline;

/// <summary>
/// The list and search scenarios by hand: <c>GET /rest/citizens/list?lastName=…&amp;district=…&amp;project=…&amp;order=…&amp;after=…</c>,
/// a keyset page of the viewer's caseload with its count bounded at 1,000, each citizen's identity decided on the
/// contact persons in force. One statement for the page, one for the count, one for the facts; under a project, a
/// chunk of candidates and a probe in Employment for the page and a walk of the project's index for the count, as the
/// best SQL for two separate stores reads.
/// </summary>
public static class ListPageEndpoint
{
    private const string Operation = "CitizenList";
    private const int CountBound = 1000;

    public static async Task HandleAsync(HttpContext http, string? lastName, string? district, string? project, string? order, int? first, string? after,
        IDbContextFactory<RegistryContext> registryFactory, IDbContextFactory<EmploymentContext> employmentFactory)
    {
        var correlationId = BaselineHttp.Begin(http);
        if (BaselineHttp.HasInvalidToken(http))
        {
            await BaselineHttp.RefuseAsync(http, StatusCodes.Status401Unauthorized, correlationId, "The bearer token is invalid or expired; get a new one.", "AUTH_INVALID_TOKEN");
            return;
        }
        var size = first ?? Paging.DefaultPageSize;
        var byBirth = order == "birthDate:desc";
        var seek = after is null ? null : Paging.Values(after, byBirth ? "birthDate:desc" : "name:asc", byBirth ? 2 : 3);
        if (size is < 0 or > Paging.MaxPageSize || after is not null && (seek is null || !Guid.TryParse(seek[^1], out _)))
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
            access.Record(null, DataCategory.Identity, allowed: false);
            if (await BaselineHttp.AuditAsync(http, access, correlationId, Operation))
                await BaselineHttp.WriteAsync(http, 200, new Envelope<ListPageData>([BaselineHttp.Denied(listing, "citizens")], new ListPageData(null), new(correlationId)), BaselineJson.Default.EnvelopeListPageData);
            return;
        }

        var today = access.Today;
        await using var registry = await registryFactory.CreateDbContextAsync(ct);
        var query = registry.Citizens.InCaseload(registry, access.Viewer.Department!, today);
        if (lastName is not null)
        {
            var folded = DanishText.Fold(lastName);
            query = query.Where(c => c.SearchLastName == folded);
        }
        if (district is not null)
        {
            var folded = DanishText.Fold(district);
            query = query.Where(c => c.SearchDistrict == folded);
        }
        var total = 0;
        List<Row> page;
        if (project is null)
        {
            total = await query.Take(CountBound + 1).CountAsync(ct);
            var pageQuery = Seek(query, byBirth, seek);
            if (byBirth && lastName is null)
            {
                // Newest first through the department's assignments in birth-date order (one per citizen), the
                // district checked by key: the walk does not pass every citizen too young to be in the caseload.
                var department = access.Viewer.Department!;
                var current = BaselineAccess.Current(registry, today);
                var walk = current.Where(a => a.DepartmentCode == department && !current.Any(b => b.DepartmentCode == department && b.CitizenBirthDate == a.CitizenBirthDate && b.CitizenId == a.CitizenId && b.Id < a.Id));
                if (district is not null)
                {
                    var folded = DanishText.Fold(district);
                    walk = walk.Where(a => registry.Citizens.Any(c => c.Id == a.CitizenId && c.SearchDistrict == folded));
                }
                if (seek is [var day, var id])
                {
                    var born = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
                    var afterId = Guid.Parse(id);
                    walk = walk.Where(a => a.CitizenBirthDate <= born && (a.CitizenBirthDate < born || a.CitizenId > afterId));
                }
                var pageIds = walk.OrderByDescending(a => a.CitizenBirthDate).ThenBy(a => a.CitizenId).Take(size + 1).Select(a => a.CitizenId);
                pageQuery = pageIds.Join(registry.Citizens, id => id, c => c.Id, (_, c) => c);
            }
            page = await Sorted(pageQuery, byBirth).Take(size + 1).Select(ToRow).ToListAsync(ct);
        }
        else
        {
            // The Registry and Employment are separate stores. The count walks the project's participants in id order
            // through Employment's (project, citizen) index and counts the caseload among each chunk; the page reads
            // candidates in its order from the Registry and keeps those Employment has enrolled, a growing chunk at a time.
            await using var employment = await employmentFactory.CreateDbContextAsync(ct);
            const int countChunk = 2 * (CountBound + 1);
            Guid? from = null;
            while (total <= CountBound)
            {
                var enrolled = employment.Enrollments.Where(e => e.ProjectCode == project).Select(e => e.CitizenId);
                if (from is { } start)
                    enrolled = enrolled.Where(id => id > start);
                // GROUP BY, not DISTINCT: EF Core would sort a DISTINCT subquery of every participant before the LIMIT.
                var chunkIds = await enrolled.GroupBy(id => id).Select(g => g.Key).OrderBy(id => id).Take(countChunk).ToListAsync(ct);
                if (chunkIds.Count > 0)
                    total += await query.Where(c => EF.Parameter(chunkIds).Contains(c.Id)).Take(CountBound + 1 - total).CountAsync(ct);
                if (chunkIds.Count < countChunk)
                    break;
                from = chunkIds[^1];
            }
            page = [];
            var chunk = 32 * (size + 1);
            var at = seek;
            while (page.Count <= size)
            {
                var candidates = await Sorted(Seek(query, byBirth, at), byBirth).Take(chunk).Select(ToRow).ToListAsync(ct);
                var candidateIds = candidates.Select(c => c.Id).ToList();
                var enrolled = candidateIds.Count == 0 ? [] : (await employment.Enrollments.Where(e => e.ProjectCode == project && EF.Parameter(candidateIds).Contains(e.CitizenId))
                    .Select(e => e.CitizenId).Distinct().ToListAsync(ct)).ToHashSet();
                page.AddRange(candidates.Where(c => enrolled.Contains(c.Id)));
                if (candidates.Count < chunk)
                    break;
                at = SeekValues(candidates[^1], byBirth);
                chunk *= 2;
            }
            if (page.Count > size + 1)
                page.RemoveRange(size + 1, page.Count - size - 1);
        }
        var hasNext = page.Count > size;
        if (hasNext)
            page.RemoveAt(size);
        var ids = page.Select(c => c.Id).ToList();

        var contacts = (await BaselineAccess.Current(registry, today).Where(a => ids.Contains(a.CitizenId)).ToListAsync(ct)).ToLookup(a => a.CitizenId);
        foreach (var id in ids)
            access.Record(id, DataCategory.Identity, access.Decide(DataCategory.Identity, id, new CitizenFacts(contacts[id].ToList())));

        if (!await BaselineHttp.AuditAsync(http, access, correlationId, Operation))
            return;
        string? endCursor = null;
        if (page.Count > 0)
        {
            var end = page[^1];
            endCursor = byBirth
                ? Paging.Cursor("birthDate:desc", end.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), end.Id.ToString("D"))
                : Paging.Cursor("name:asc", end.SearchLastName, end.SearchFirstName, end.Id.ToString("D"));
        }
        var nodes = page.Select(c => new ListCitizen(c.Id, $"{c.FirstName} {c.LastName}", c.BirthDate, c.District)).ToList();
        var data = new ListPageData(new ListPage(Math.Min(total, CountBound), total <= CountBound, new PageInfoDto(hasNext, endCursor), nodes));
        await BaselineHttp.WriteAsync(http, 200, new Envelope<ListPageData>(null, data, null), BaselineJson.Default.EnvelopeListPageData);
    }

    private sealed record Row(Guid Id, string FirstName, string LastName, DateOnly BirthDate, string District, string SearchLastName, string SearchFirstName);

    private static readonly System.Linq.Expressions.Expression<Func<Citizen, Row>> ToRow =
        c => new Row(c.Id, c.FirstName, c.LastName, c.BirthDate, c.District, c.SearchLastName, c.SearchFirstName);

    private static string[] SeekValues(Row row, bool byBirth) => byBirth
        ? [row.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), row.Id.ToString("D")]
        : [row.SearchLastName, row.SearchFirstName, row.Id.ToString("D")];

    private static IQueryable<Citizen> Seek(IQueryable<Citizen> query, bool byBirth, string[]? seek)
    {
        if (byBirth && seek is [var day, var id])
        {
            var born = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
            var afterId = Guid.Parse(id);
            return query.Where(c => c.BirthDate <= born && (c.BirthDate < born || c.Id > afterId));
        }
        if (!byBirth && seek is [var last, var firstName, var nameId])
        {
            var afterId = Guid.Parse(nameId);
            return query.Where(c => string.Compare(c.SearchLastName, last) >= 0 && (string.Compare(c.SearchLastName, last) > 0
                || c.SearchLastName == last && (string.Compare(c.SearchFirstName, firstName) > 0 || c.SearchFirstName == firstName && c.Id > afterId)));
        }
        return query;
    }

    private static IQueryable<Citizen> Sorted(IQueryable<Citizen> query, bool byBirth) => byBirth
        ? query.OrderByDescending(c => c.BirthDate).ThenBy(c => c.Id)
        : query.OrderBy(c => c.SearchLastName).ThenBy(c => c.SearchFirstName).ThenBy(c => c.Id);
}
