using System.Linq.Expressions;
using System.Text;
using GraphQL;
using GraphQL.Types.Relay.DataObjects;
using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Limits;
using JobMatch.Graph.Requests;
using JobMatch.Graph.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobMatch.Graph.Citizens;

/// <summary>
/// Pages of the viewer's caseload, filtered across sources: conditions on other sources become the set of ids each
/// source matches, and text conditions are compared the Danish way over the Registry's names and districts. The
/// caseload is in the same statement as the page, so a filter, a sort, a count or a cursor never reaches a
/// citizen outside it.
/// </summary>
public static class CitizenSearch
{
    public const int DefaultPageSize = 20;

    public static async Task<Keyset.Page<Citizen>> PageAsync(
        IServiceProvider services, JobMatchRequest request, CitizenFilter? filter, IReadOnlyList<CitizenSort> order, Keyset.Window window, bool withTotal, CancellationToken ct)
    {
        var department = request.Viewer.Department
            ?? throw new ExecutionError("Only staff of a department have a caseload to list.") { Code = AccessDecision.NotAuthorized };
        var sort = CitizenSortOrder.Of(order);
        var today = request.Today;
        await using var db = await services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
        var inForce = CitizenFacts.InForceOn(today);
        var matcher = new Matcher(services, db, today);
        var query = db.Citizens
            .Where(c => db.ContactAssignments.Where(inForce).Any(a => a.CitizenId == c.Id && a.DepartmentCode == department));
        if (filter is not null)
            query = query.Where(await matcher.PredicateAsync(filter, ct));
        // The count is of the caseload and the filter, whatever the cursors, and bounded: see LimitsOptions.ExactCountUpTo.
        (int, bool)? total = withTotal ? await Keyset.CountAsync(query, services.GetRequiredService<IOptions<LimitsOptions>>().Value.ExactCountUpTo, ct) : null;
        // A backwards page reads the reversed order from its cursor; the page is turned round once read.
        if (window.After is { } after)
            query = query.Where(sort.Beyond(after, "after", after: true));
        if (window.Before is { } before)
            query = query.Where(sort.Beyond(before, "before", after: false));
        var rows = await sort.Sort(query, reversed: window.Backwards).Take(window.Size + 1).ToListAsync(ct);
        return sort.Page(rows, window, total);
    }

    /// <summary>Turns a filter into one predicate the Registry runs, asking the other sources for the ids they match.</summary>
    private sealed class Matcher(IServiceProvider services, RegistryContext db, DateOnly today)
    {
        private readonly Expression<Func<ContactAssignment, bool>> inForce = CitizenFacts.InForceOn(today);

        public async Task<Expression<Func<Citizen, bool>>> PredicateAsync(CitizenFilter filter, CancellationToken ct)
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
                var ids = await EmploymentAsync(async employment =>
                {
                    var codes = await employment.Enrollments.Select(e => e.ProjectCode).Distinct().ToListAsync(ct);
                    var matching = codes.Where(code => (filter.EnrolledInProject?.Matches(code) ?? true) && (filter.Project is null || code == filter.Project)).ToList();
                    return await employment.Enrollments.Where(e => matching.Contains(e.ProjectCode)).Select(e => e.CitizenId).Distinct().ToListAsync(ct);
                }, ct);
                parts.Add(c => ids.Contains(c.Id));
            }
            if (filter.CurrentTargetGroup is not null || filter.TargetGroup is not null)
            {
                var ids = await EmploymentAsync(async employment =>
                {
                    var codes = await employment.TargetGroups.Select(t => t.Code).ToListAsync(ct);
                    var matching = codes.Where(code => (filter.CurrentTargetGroup?.Matches(code) ?? true) && (filter.TargetGroup is null || code == filter.TargetGroup)).ToList();
                    return await employment.TargetGroupPeriods
                        .Where(p => matching.Contains(p.TargetGroupCode) && p.From <= today && (p.To == null || p.To >= today))
                        .Select(p => p.CitizenId).Distinct().ToListAsync(ct);
                }, ct);
                parts.Add(c => ids.Contains(c.Id));
            }

            foreach (var part in filter.And ?? [])
                parts.Add(await PredicateAsync(part, ct));
            if (filter.Or is { Count: > 0 } alternatives)
            {
                Expression<Func<Citizen, bool>>? any = null;
                foreach (var alternative in alternatives)
                {
                    var predicate = await PredicateAsync(alternative, ct);
                    any = any is null ? predicate : Combine(any, predicate, Expression.OrElse);
                }
                parts.Add(any!);
            }
            return parts.Aggregate((Expression<Func<Citizen, bool>>)(c => true), (all, part) => Combine(all, part, Expression.AndAlso));
        }

        private async Task<List<Guid>> EmploymentAsync(Func<EmploymentContext, Task<List<Guid>>> read, CancellationToken ct)
        {
            await using var employment = await services.GetRequiredService<IDbContextFactory<EmploymentContext>>().CreateDbContextAsync(ct);
            return await read(employment);
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
