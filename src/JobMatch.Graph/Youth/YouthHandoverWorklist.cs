using System.Text;
using GraphQL;
using GraphQL.Types.Relay.DataObjects;
using JobMatch.Data;
using JobMatch.Data.Registry;
using JobMatch.Data.Youth;
using JobMatch.Graph.Access;
using JobMatch.Graph.Schema;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Graph.Youth;

/// <summary>
/// Builds the handover worklist for one viewer: the candidates come from two sources (BUF's caseload of 17- and
/// 18-year-olds in the Registry, the open transition plans in Youth), and each is then decided by the access
/// policy with its full facts, so the list, its count and its order hold only the young people the viewer may see.
/// </summary>
public static class YouthHandoverWorklist
{
    public static async Task<Connection<YouthHandover>> PageAsync(
        IResolveFieldContext context, YouthHandoverFilter? filter, IReadOnlyList<YouthHandoverSort> order, int first, string? after, bool withTotal, CancellationToken ct)
    {
        var access = context.Access();
        var department = access.Viewer.Department
            ?? throw new ExecutionError("Only staff of a department have a handover worklist.") { Code = AccessDecision.NotAuthorized };
        var today = access.Today;
        var start = after is null ? 0 : DecodeCursor(after) + 1;
        var services = context.RequestServices!;

        // Candidates only: the policy below decides each. A plan is open from its start until three months after
        // the handover, or six after the planned transfer; the oldest on the list without a plan is 18½.
        var afterHandover = today.AddMonths(-HandoverCalendar.MonthsOpenAfterHandover);
        var afterTransfer = today.AddMonths(-HandoverCalendar.MonthsOpenAfterEighteen);
        var pattern = $"%{department}%";
        List<TransitionPlan> openPlans;
        await using (var youth = await services.GetRequiredService<IDbContextFactory<YouthContext>>().CreateDbContextAsync(ct))
        {
            var open = youth.TransitionPlans.AsNoTracking().Where(p => p.Status != PlanStatus.Cancelled && p.StartedOn <= today
                && (p.HandedOverOn == null ? p.PlannedTransferOn >= afterTransfer : p.HandedOverOn >= afterHandover));
            if (department != Departments.Youth)
                open = open.Where(p => EF.Functions.Like(p.ReceivingDepartments, pattern));
            openPlans = await open.ToListAsync(ct);
        }

        await using var registry = await services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
        var ids = openPlans.Select(p => p.CitizenId).ToHashSet();
        if (department == Departments.Youth)
        {
            var oldest = today.AddYears(-18).AddMonths(-HandoverCalendar.MonthsOpenAfterEighteen);
            var youngest = today.AddYears(-17);
            var inForce = CitizenFacts.InForceOn(today);
            ids.UnionWith(await registry.Citizens.AsNoTracking()
                .Where(c => c.BirthDate >= oldest && c.BirthDate <= youngest
                    && registry.ContactAssignments.Where(inForce).Any(a => a.CitizenId == c.Id && a.DepartmentCode == Departments.Youth))
                .Select(c => c.Id).ToListAsync(ct));
        }
        var keys = ids.ToList();
        var citizens = await registry.Citizens.AsNoTracking().Where(c => keys.Contains(c.Id)).ToListAsync(ct);
        // Every assignment that has not ended: the facts read the ones in force, the entry also names the ones to come.
        var assignments = (await registry.ContactAssignments.AsNoTracking().Where(a => keys.Contains(a.CitizenId)).ToListAsync(ct)).ToLookup(a => a.CitizenId);
        var plans = await PlansOfAsync(services, keys, ct);
        var employeeIds = assignments.SelectMany(g => g).Select(a => a.EmployeeId).Distinct().ToList();
        var employees = await registry.Employees.AsNoTracking().Where(e => employeeIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);

        var entries = new List<YouthHandover>();
        foreach (var citizen in citizens)
        {
            var own = plans[citizen.Id].ToList();
            var plan = HandoverCalendar.CurrentPlan(own);
            if (today < HandoverCalendar.ListedFrom(citizen.BirthDate) || today > HandoverCalendar.ListedUntil(citizen.BirthDate, plan))
                continue;
            var facts = new CitizenFacts(assignments[citizen.Id].ToList(), TransitionPlans: own);
            if (!access.Decide(DataCategory.Handover, citizen.Id, facts).Allowed)
                continue;
            entries.Add(Entry(citizen, plan, assignments[citizen.Id], employees, today));
        }
        if (filter is not null)
            entries = entries.Where(filter.Matches).ToList();
        var sorted = Sort(entries, order).ToList();

        var page = sorted.Skip(start).Take(first).ToList();
        var edges = page.Select((e, i) => new Edge<YouthHandover> { Node = e, Cursor = EncodeCursor(start + i) }).ToList();
        return new Connection<YouthHandover>
        {
            Edges = edges,
            TotalCount = withTotal ? sorted.Count : null,
            PageInfo = new PageInfo
            {
                HasNextPage = start + page.Count < sorted.Count,
                HasPreviousPage = start > 0,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    /// <summary>Every candidate's plans, so the entry shows its current one (BUF's candidates may have none open).</summary>
    private static async Task<ILookup<Guid, TransitionPlan>> PlansOfAsync(IServiceProvider services, List<Guid> keys, CancellationToken ct)
    {
        await using var youth = await services.GetRequiredService<IDbContextFactory<YouthContext>>().CreateDbContextAsync(ct);
        return (await youth.TransitionPlans.AsNoTracking().Where(p => keys.Contains(p.CitizenId)).ToListAsync(ct)).ToLookup(p => p.CitizenId);
    }

    private static YouthHandover Entry(Citizen citizen, TransitionPlan? plan, IEnumerable<ContactAssignment> assignments, IReadOnlyDictionary<Guid, Employee> employees, DateOnly today)
    {
        HandoverContact? ContactIn(string department, bool lastIfEnded)
        {
            var candidates = assignments.Where(a => a.DepartmentCode == department && employees.ContainsKey(a.EmployeeId)).ToList();
            var current = candidates.Where(a => a.To is null || a.To >= today).OrderBy(a => a.From).ThenBy(a => a.Id).FirstOrDefault()
                ?? (lastIfEnded ? candidates.OrderByDescending(a => a.To).ThenBy(a => a.Id).FirstOrDefault() : null);
            return current is null ? null : new HandoverContact(citizen.Id, current, employees[current.EmployeeId]);
        }
        var receiving = plan is null ? [] : HandoverCalendar.ReceivingOf(plan).Select(d => new HandoverReceiver(citizen.Id, d, ContactIn(d, lastIfEnded: false))).ToList();
        return new YouthHandover(citizen, HandoverCalendar.StateOn(today, citizen.BirthDate, plan), plan, receiving, ContactIn(Departments.Youth, lastIfEnded: true));
    }

    private static IEnumerable<YouthHandover> Sort(List<YouthHandover> entries, IReadOnlyList<YouthHandoverSort> order)
    {
        IOrderedEnumerable<YouthHandover>? sorted = null;
        void By<TKey>(Func<YouthHandover, TKey> key, SortEnumType direction) =>
            sorted = (sorted, direction) switch
            {
                (null, SortEnumType.Asc) => entries.OrderBy(key),
                (null, _) => entries.OrderByDescending(key),
                (_, SortEnumType.Asc) => sorted.ThenBy(key),
                _ => sorted.ThenByDescending(key),
            };
        foreach (var (field, direction) in order.SelectMany(o => o.Keys()).DefaultIfEmpty(("eighteenOn", SortEnumType.Asc)))
        {
            switch (field)
            {
                case "name":
                    By(e => DanishText.Fold(e.Citizen.LastName), direction);
                    By(e => DanishText.Fold(e.Citizen.FirstName), direction);
                    break;
                case "state":
                    By(e => e.State, direction);
                    break;
                default:
                    By(e => e.Citizen.BirthDate, direction);
                    break;
            }
        }
        // The person id breaks ties, so every entry has one position and pages never overlap.
        return sorted!.ThenBy(e => e.CitizenId);
    }

    private static string EncodeCursor(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"handover:{position}"));

    private static int DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("handover:", StringComparison.Ordinal) && int.TryParse(text.AsSpan("handover:".Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position))
                return position;
        }
        catch (FormatException)
        {
        }
        throw new ExecutionError("'after' is not a cursor from this list; use a cursor from its edges or pageInfo.") { Code = "INVALID_CURSOR" };
    }
}
