using System.Linq.Expressions;
using System.Text;
using GraphQL;
using GraphQL.Types.Relay.DataObjects;
using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Limits;
using JobMatch.Graph.Requests;
using JobMatch.Graph.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobMatch.Graph.Citizens;

/// <summary>
/// Pages of the viewer's caseload, filtered across sources. Text conditions are compared the Danish way over the
/// Registry's names and districts. A condition on another source (a project, a target group) that matches few
/// citizens becomes the list of their ids; one that matches many is checked in its own source against the page's
/// candidates, read from the Registry in the page's order a chunk at a time, so a page reads only about as many
/// enrolments as it has candidates. The caseload is in every statement that picks citizens, so a filter, a sort, a
/// count or a cursor never reaches a citizen outside it.
/// </summary>
public static class CitizenSearch
{
    public const int DefaultPageSize = 20;

    // The first chunk of candidates for a page, in pages' worth: a condition met by one candidate in thirty fills a
    // page in one round, and every further round reads twice the one before.
    private const int FirstChunkInPages = 32;

    public static async Task<Keyset.Page<Citizen>> PageAsync(
        IServiceProvider services, JobMatchRequest request, CitizenFilter? filter, IReadOnlyList<CitizenSort> order, Keyset.Window window, bool withTotal, CancellationToken ct)
    {
        var department = request.Viewer.Department
            ?? throw new ExecutionError("Only staff of a department have a caseload to list.") { Code = AccessDecision.NotAuthorized };
        var limits = services.GetRequiredService<IOptions<LimitsOptions>>().Value;
        var sort = CitizenSortOrder.Of(order);
        var today = request.Today;
        await using var db = await services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
        await using var matcher = new Matcher(services, db, today, limits.CrossSourceIdsUpTo);
        var inForce = CitizenFacts.InForceOn(today);
        var query = db.Citizens
            .Where(c => db.ContactAssignments.Where(inForce).Any(a => a.CitizenId == c.Id && a.DepartmentCode == department));
        var probes = new List<CrossSourceCondition>();
        var predicate = filter is null ? null : await matcher.PredicateAsync(filter, probes, ct);
        if (predicate is not null)
            query = query.Where(predicate);

        if (probes.Count == 0)
        {
            // The count is of the caseload and the filter, whatever the cursors, and bounded: see LimitsOptions.ExactCountUpTo.
            (int, bool)? total = withTotal ? await Keyset.CountAsync(query, limits.ExactCountUpTo, ct) : null;
            // Joined, not "id in (…)": SQLite reads a derived table once and looks each id up, where the IN list
            // costs it about three times as much.
            var page = CitizenSortOrder.CaseloadOf(sort) is { } byBirth && ReadsThroughCaseload(filter)
                ? CaseloadPage(db, department, today, predicate, byBirth, window).Join(db.Citizens, id => id, c => c.Id, (_, c) => c)
                : Seek(query, sort, window);
            // A backwards page reads the reversed order from its cursor; the page is turned round once read.
            var rows = await sort.Sort(page, reversed: window.Backwards).Take(window.Size + 1).ToListAsync(ct);
            return sort.Page(rows, window, total);
        }

        (int, bool)? probedTotal = withTotal ? await CountProbedAsync(matcher, query, probes, limits, ct) : null;
        var (found, resumeAt) = await ProbePageAsync(matcher, Seek(query, sort, window), sort, probes, window, limits.CrossSourceCandidatesUpTo, ct);
        return sort.Page(found, window, probedTotal, resumeAt);
    }

    private static IQueryable<T> Seek<T>(IQueryable<T> query, Keyset.Order<T> sort, Keyset.Window window)
        where T : class
    {
        if (window.After is { } after)
            query = query.Where(sort.Beyond(after, "after", after: true));
        if (window.Before is { } before)
            query = query.Where(sort.Beyond(before, "before", after: false));
        return query;
    }

    /// <summary>
    /// Whether a page in birth-date order is read through the department's assignments: when the filter, if any,
    /// names only the district and the departments involved. A condition on a name or a birth date has its own index
    /// on the citizens, which narrows faster than walking the caseload.
    /// </summary>
    private static bool ReadsThroughCaseload(CitizenFilter? filter) =>
        filter is null || filter is { Name: null, FirstName: null, LastName: null, BirthDate: null, EnrolledInProject: null, CurrentTargetGroup: null, Project: null, TargetGroup: null }
            && (filter.And is null || filter.And.All(ReadsThroughCaseload)) && filter.Or is not { Count: > 0 };

    /// <summary>
    /// The ids of a page in birth-date order, read from the department's assignments in force in that order
    /// (<see cref="ContactAssignment.CitizenBirthDate"/>), one per citizen, each citizen checked against the filter by
    /// key. Newest first, the walk does not pass every citizen too young to be in the caseload: it reads about as many
    /// assignments as the page needs divided by the share of the caseload the filter keeps, at any size of Registry.
    /// </summary>
    private static IQueryable<Guid> CaseloadPage(RegistryContext db, string department, DateOnly today, Expression<Func<Citizen, bool>>? predicate,
        Keyset.Order<ContactAssignment> order, Keyset.Window window)
    {
        var inForce = CitizenFacts.InForceOn(today);
        var others = db.ContactAssignments.Where(inForce);
        var walk = db.ContactAssignments.Where(inForce)
            .Where(a => a.DepartmentCode == department && !others.Any(b => b.DepartmentCode == department && b.CitizenBirthDate == a.CitizenBirthDate && b.CitizenId == a.CitizenId && b.Id < a.Id));
        if (predicate is not null)
        {
            var matching = db.Citizens.Where(predicate);
            walk = walk.Where(a => matching.Any(c => c.Id == a.CitizenId));
        }
        return order.Sort(Seek(walk, order, window), reversed: window.Backwards).Take(window.Size + 1).Select(a => a.CitizenId);
    }

    /// <summary>
    /// The page's rows under conditions checked in another source: candidates in the page's order from the Registry,
    /// a growing chunk at a time, each chunk's ids checked in the condition's own source, until the page is full,
    /// the candidates run out, or <paramref name="bound"/> candidates have been read. In the last case the rows found
    /// so far are the page, and the last candidate read is where the next page goes on.
    /// </summary>
    private static async Task<(List<Citizen> Rows, Citizen? ResumeAt)> ProbePageAsync(
        Matcher matcher, IQueryable<Citizen> query, Keyset.Order<Citizen> sort, List<CrossSourceCondition> probes, Keyset.Window window, int bound, CancellationToken ct)
    {
        var found = new List<Citizen>();
        var chunk = FirstChunkInPages * (window.Size + 1);
        var read = 0;
        Citizen? last = null;
        while (true)
        {
            var take = Math.Min(chunk, bound - read);
            var from = last is null ? query : query.Where(sort.Beyond(sort.Encode(last), "after", after: !window.Backwards));
            var candidates = await sort.Sort(from, reversed: window.Backwards).Take(take).ToListAsync(ct);
            read += candidates.Count;
            if (candidates.Count > 0)
            {
                var matching = await matcher.MatchingAsync(probes, candidates.Select(c => c.Id).ToList(), ct);
                found.AddRange(candidates.Where(c => matching.Contains(c.Id)));
                last = candidates[^1];
            }
            if (found.Count > window.Size || candidates.Count < take)
                return (found.Take(window.Size + 1).ToList(), null);
            if (read >= bound)
                return (found, last);
            chunk *= 2;
        }
    }

    /// <summary>
    /// The count under conditions checked in another source, bounded as every count is: the first condition's
    /// citizens in id order from its own source, a chunk at a time, the other conditions checked there too, then the
    /// caseload and the Registry's conditions over each chunk's ids in the Registry. It stops past the bound, or
    /// after <see cref="LimitsOptions.CrossSourceCandidatesUpTo"/> ids, when what it counted so far is a lower bound.
    /// </summary>
    private static async Task<(int Count, bool Exact)> CountProbedAsync(
        Matcher matcher, IQueryable<Citizen> query, List<CrossSourceCondition> probes, LimitsOptions limits, CancellationToken ct)
    {
        var bound = limits.ExactCountUpTo;
        var chunk = 2 * (bound + 1);
        var counted = 0;
        var read = 0;
        Guid? after = null;
        while (true)
        {
            var take = Math.Min(chunk, limits.CrossSourceCandidatesUpTo - read);
            var ids = await matcher.WalkAsync(probes[0], after, take, ct);
            read += ids.Count;
            if (ids.Count > 0)
            {
                after = ids[^1];
                var matching = probes.Count == 1 ? ids : [.. await matcher.MatchingAsync(probes.Skip(1), ids, ct)];
                if (matching.Count > 0)
                    counted += await query.Where(c => EF.Parameter(matching).Contains(c.Id)).Take(bound + 1 - counted).CountAsync(ct);
            }
            if (counted > bound)
                return (bound, false);
            if (ids.Count < take)
                return (counted, true);
            if (read >= limits.CrossSourceCandidatesUpTo)
                return (counted, false);
        }
    }

    /// <summary>A condition on records of the Employment source, as the set of citizens whose records meet it.</summary>
    private sealed record CrossSourceCondition(Func<EmploymentContext, IQueryable<Guid>> Citizens);

    /// <summary>Turns a filter into one predicate the Registry runs, asking the other sources for the ids they match.</summary>
    private sealed class Matcher(IServiceProvider services, RegistryContext db, DateOnly today, int idsUpTo) : IAsyncDisposable
    {
        private readonly Expression<Func<ContactAssignment, bool>> inForce = CitizenFacts.InForceOn(today);
        private readonly ReferenceData reference = services.GetRequiredService<ReferenceData>();
        private EmploymentContext? employment;

        /// <summary>
        /// The predicate of the Registry's part of the filter. A condition on another source that matches more than
        /// <c>idsUpTo</c> citizens is left to <paramref name="probes"/> when it must hold on its own (not inside
        /// <c>or</c>), and checked against the candidates; inside <c>or</c> it is refused.
        /// </summary>
        public async Task<Expression<Func<Citizen, bool>>> PredicateAsync(CitizenFilter filter, List<CrossSourceCondition>? probes, CancellationToken ct)
        {
            var parts = new List<Expression<Func<Citizen, bool>>>();
            // Text conditions compare the stored Danish folds (Citizen.Search*): one indexed comparison in the Registry.
            if (filter.Name is { } name)
                parts.Add(TextCondition(name, c => c.SearchName));
            if (filter.FirstName is { } firstName)
                parts.Add(TextCondition(firstName, c => c.SearchFirstName));
            if (filter.LastName is { } lastName)
                parts.Add(TextCondition(lastName, c => c.SearchLastName));
            if (filter.District is { } district)
                parts.Add(TextCondition(district, c => c.SearchDistrict));
            if (filter.BirthDate is { } birth)
                parts.Add(DateCondition(birth));

            // Each condition given must hold: eq, in and the old plain form narrow one another.
            if (filter.InvolvedDepartment?.Eq is { } eq)
                parts.Add(c => db.ContactAssignments.Where(inForce).Any(a => a.CitizenId == c.Id && a.DepartmentCode == eq));
            if (filter.InvolvedDepartment?.In is { } oneOf)
                parts.Add(c => db.ContactAssignments.Where(inForce).Any(a => a.CitizenId == c.Id && oneOf.Contains(a.DepartmentCode)));
            if (filter.Department is { } plain)
                parts.Add(c => db.ContactAssignments.Where(inForce).Any(a => a.CitizenId == c.Id && a.DepartmentCode == plain));

            if (filter.EnrolledInProject is not null || filter.Project is not null)
            {
                var codes = await CodesAsync(reference.Projects.IsLoaded ? reference.Projects.KnownRows.Select(p => p.Code) : null,
                    e => e.Enrollments.Select(x => x.ProjectCode).Distinct(), filter.EnrolledInProject, filter.Project, ct);
                var condition = new CrossSourceCondition(codes.Count == 1
                    ? e => e.Enrollments.Where(x => x.ProjectCode == codes[0]).Select(x => x.CitizenId)
                    : e => e.Enrollments.Where(x => codes.Contains(x.ProjectCode)).Select(x => x.CitizenId));
                if (await ConditionAsync(condition, probes, "enrolledInProject", ct) is { } part)
                    parts.Add(part);
            }
            if (filter.CurrentTargetGroup is not null || filter.TargetGroup is not null)
            {
                var codes = await CodesAsync(reference.TargetGroups.IsLoaded ? reference.TargetGroups.KnownRows.Select(t => t.Code) : null,
                    e => e.TargetGroups.Select(t => t.Code), filter.CurrentTargetGroup, filter.TargetGroup, ct);
                var day = today;
                var condition = new CrossSourceCondition(codes.Count == 1
                    ? e => e.TargetGroupPeriods.Where(p => p.TargetGroupCode == codes[0] && p.From <= day && (p.To == null || p.To >= day)).Select(p => p.CitizenId)
                    : e => e.TargetGroupPeriods.Where(p => codes.Contains(p.TargetGroupCode) && p.From <= day && (p.To == null || p.To >= day)).Select(p => p.CitizenId));
                if (await ConditionAsync(condition, probes, "currentTargetGroup", ct) is { } part)
                    parts.Add(part);
            }

            foreach (var part in filter.And ?? [])
                parts.Add(await PredicateAsync(part, probes, ct));
            if (filter.Or is { Count: > 0 } alternatives)
            {
                Expression<Func<Citizen, bool>>? any = null;
                foreach (var alternative in alternatives)
                {
                    var predicate = await PredicateAsync(alternative, null, ct);
                    any = any is null ? predicate : Combine(any, predicate, Expression.OrElse);
                }
                parts.Add(any!);
            }
            return parts.Aggregate((Expression<Func<Citizen, bool>>)(c => true), (all, part) => Combine(all, part, Expression.AndAlso));
        }

        /// <summary>
        /// The codes a condition names: from the reference table in memory (folded, as every string condition
        /// compares), with any code named literally, so an unknown code still matches exactly; from the source while
        /// the table is not yet read.
        /// </summary>
        private async Task<List<string>> CodesAsync(IEnumerable<string>? known, Func<EmploymentContext, IQueryable<string>> stored, StringOperationFilter? condition, string? plain, CancellationToken ct)
        {
            bool Meets(string code) => (condition?.Matches(code) ?? true) && (plain is null || code == plain);
            var codes = (known?.ToList() ?? await stored(await EmploymentAsync(ct)).ToListAsync(ct)).Where(Meets).ToList();
            IEnumerable<string> named = condition?.Eq is { } eq ? [eq] : condition?.In ?? [];
            foreach (var code in named.Concat(plain is null ? [] : [plain]))
            {
                if (Meets(code) && !codes.Any(c => DanishText.Fold(c) == DanishText.Fold(code)))
                    codes.Add(code);
            }
            return codes;
        }

        /// <summary>The Registry's predicate for a condition on another source, or null when it is left to the probes.</summary>
        private async Task<Expression<Func<Citizen, bool>>?> ConditionAsync(CrossSourceCondition condition, List<CrossSourceCondition>? probes, string field, CancellationToken ct)
        {
            var ids = await condition.Citizens(await EmploymentAsync(ct)).Distinct().Take(idsUpTo + 1).ToListAsync(ct);
            if (ids.Count <= idsUpTo)
                return c => EF.Parameter(ids).Contains(c.Id);
            if (probes is null)
                throw new ExecutionError($"The condition on '{field}' inside 'or' matches more than {idsUpTo} citizens, too many to combine with the other alternatives; give it beside 'or' (every condition given must hold), or narrow it.") { Code = "FILTER_TOO_BROAD" };
            probes.Add(condition);
            return null;
        }

        // Lists of ids cross as one array-like parameter (JSON on SQLite, an array on PostgreSQL): a statement of
        // thousands of separate parameters costs more to build, bind and log than the probe it runs.

        /// <summary>Which of <paramref name="ids"/> meet every condition, in the conditions' own source.</summary>
        public async Task<HashSet<Guid>> MatchingAsync(IEnumerable<CrossSourceCondition> conditions, List<Guid> ids, CancellationToken ct)
        {
            var employment = await EmploymentAsync(ct);
            var left = ids;
            foreach (var condition in conditions)
            {
                if (left.Count == 0)
                    break;
                var among = left;
                left = await condition.Citizens(employment).Where(id => EF.Parameter(among).Contains(id)).Distinct().ToListAsync(ct);
            }
            return [.. left];
        }

        /// <summary>The next <paramref name="take"/> citizens meeting a condition after <paramref name="after"/>, in id order, read from its source's index.</summary>
        public async Task<List<Guid>> WalkAsync(CrossSourceCondition condition, Guid? after, int take, CancellationToken ct)
        {
            var citizens = condition.Citizens(await EmploymentAsync(ct));
            if (after is { } from)
                citizens = citizens.Where(id => id > from);
            // Grouped, not Distinct() then ordered: EF Core puts a DISTINCT under its ORDER BY as a subquery, which
            // SQLite materialises whole before it sorts and takes (every participant of the project: 13.7 ms at
            // 1,000,000 citizens against 1.8 at 100,000). GROUP BY ... ORDER BY ... LIMIT reads the index in order
            // and stops at the chunk (0.8 ms at either size).
            return await citizens.GroupBy(id => id).Select(g => g.Key).OrderBy(id => id).Take(take).ToListAsync(ct);
        }

        private async Task<EmploymentContext> EmploymentAsync(CancellationToken ct) =>
            employment ??= await services.GetRequiredService<IDbContextFactory<EmploymentContext>>().CreateDbContextAsync(ct);

        public async ValueTask DisposeAsync()
        {
            if (employment is not null)
                await employment.DisposeAsync();
        }

        // SQLite compares text by its bytes, so a prefix is a range of the column's index; LIKE there reads no index.
        private readonly bool prefixAsRange = db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

        private Expression<Func<Citizen, bool>> TextCondition(StringOperationFilter on, Expression<Func<Citizen, string>> column)
        {
            var parts = new List<Expression<Func<string, bool>>>();
            if (on.Eq is { } eq)
            {
                var folded = DanishText.Fold(eq);
                parts.Add(value => value == folded);
            }
            if (on.Neq is { } neq)
            {
                var folded = DanishText.Fold(neq);
                parts.Add(value => value != folded);
            }
            if (on.In is { } oneOf)
            {
                var folded = oneOf.Select(DanishText.Fold).ToList();
                parts.Add(value => folded.Contains(value));
            }
            if (on.Contains is { } part)
            {
                var pattern = "%" + EscapeLike(DanishText.Fold(part)) + "%";
                parts.Add(value => EF.Functions.Like(value, pattern, "\\"));
            }
            if (on.StartsWith is { } start)
            {
                var prefix = DanishText.Fold(start);
                var pattern = EscapeLike(prefix) + "%";
                // The range narrows to the index's slice; LIKE keeps the match exact. PostgreSQL (trigram index) and SQL
                // Server (a prefix LIKE is a seek) read their indexes from the LIKE itself.
                if (prefixAsRange)
                {
                    var beyond = prefix + char.ConvertFromUtf32(0x10FFFF);
                    parts.Add(value => string.Compare(value, prefix) >= 0 && string.Compare(value, beyond) < 0);
                }
                parts.Add(value => EF.Functions.Like(value, pattern, "\\"));
            }
            return parts.Aggregate((Expression<Func<Citizen, bool>>)(c => true), (all, condition) =>
                Combine(all, Expression.Lambda<Func<Citizen, bool>>(new Replace(condition.Parameters[0], column.Body).Visit(condition.Body), column.Parameters[0]), Expression.AndAlso));
        }

        private static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

        private static Expression<Func<Citizen, bool>> DateCondition(DateOperationFilter on)
        {
            var parts = new List<Expression<Func<Citizen, bool>>>();
            if (on.Eq is { } eq)
                parts.Add(c => c.BirthDate == eq);
            if (on.Neq is { } neq)
                parts.Add(c => c.BirthDate != neq);
            if (on.In is { } days)
                parts.Add(c => days.Contains(c.BirthDate));
            if (on.Gt is { } gt)
                parts.Add(c => c.BirthDate > gt);
            if (on.Gte is { } gte)
                parts.Add(c => c.BirthDate >= gte);
            if (on.Lt is { } lt)
                parts.Add(c => c.BirthDate < lt);
            if (on.Lte is { } lte)
                parts.Add(c => c.BirthDate <= lte);
            return parts.Aggregate((Expression<Func<Citizen, bool>>)(c => true), (all, part) => Combine(all, part, Expression.AndAlso));
        }

        private static Expression<Func<Citizen, bool>> Combine(Expression<Func<Citizen, bool>> a, Expression<Func<Citizen, bool>> b, Func<Expression, Expression, BinaryExpression> join)
        {
            var body = join(a.Body, new Rebind(b.Parameters[0], a.Parameters[0]).Visit(b.Body));
            return Expression.Lambda<Func<Citizen, bool>>(body, a.Parameters[0]);
        }

        private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
        {
            protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
        }

        private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
        {
            protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
        }
    }
}
