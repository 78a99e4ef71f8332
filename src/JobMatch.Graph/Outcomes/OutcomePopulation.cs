using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Health;
using JobMatch.Data.Registry;
using JobMatch.Data.Social;
using JobMatch.Graph.Access;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Graph.Outcomes;

/// <summary>
/// Reads the subjects of an outcome from every source, as of the snapshot: only what is dated before the
/// snapshot day exists for it. Participants are the citizens enrolled (in the project, or for a target group in
/// any project while in it) before the snapshot, measured from their first enrolment. The comparison group is
/// the citizens of the same target groups who were never enrolled by then, measured from the day they entered
/// the group (for a project, no earlier than its start and no later than its end).
/// </summary>
public sealed class OutcomePopulation(
    IDbContextFactory<RegistryContext> registry,
    IDbContextFactory<EmploymentContext> employment,
    IDbContextFactory<SocialContext> social,
    IDbContextFactory<HealthContext> health)
{
    public async Task<IReadOnlyList<OutcomeSubject>> ReadAsync(Project? project, string? targetGroup, DateOnly snapshot, Func<string, string?> departmentOf, CancellationToken ct)
    {
        var code = project?.Code;
        await using var jobs = await employment.CreateDbContextAsync(ct);
        var enrollments = await jobs.Enrollments.AsNoTracking().Include(e => e.Steps)
            .Where(e => e.EnrolledOn < snapshot && (code == null || e.ProjectCode == code)).ToListAsync(ct);
        var first = enrollments.GroupBy(e => e.CitizenId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.EnrolledOn).ThenBy(e => e.Id).First());
        var enrolledIds = first.Keys.ToList();
        var participantPeriods = (await jobs.TargetGroupPeriods.AsNoTracking().Where(p => enrolledIds.Contains(p.CitizenId) && p.From < snapshot).ToListAsync(ct))
            .ToLookup(p => p.CitizenId);

        var participants = new Dictionary<Guid, (Enrollment Enrollment, string? Group)>();
        foreach (var (id, enrollment) in first)
        {
            var group = participantPeriods[id].Where(p => PlanDates.Covers(enrollment.EnrolledOn, p.From, p.To)).OrderByDescending(p => p.From).FirstOrDefault()?.TargetGroupCode;
            if (targetGroup is null || group == targetGroup)
                participants[id] = (enrollment, group);
        }

        var groups = targetGroup is not null ? [targetGroup] : participants.Values.Select(p => p.Group).OfType<string>().Distinct().ToList();
        var start = project?.StartDate ?? DateOnly.MinValue;
        var comparison = (await jobs.TargetGroupPeriods.AsNoTracking()
                .Where(p => groups.Contains(p.TargetGroupCode) && p.From < snapshot && (p.To == null || p.To >= start)).ToListAsync(ct))
            .Where(p => !first.ContainsKey(p.CitizenId))
            .GroupBy(p => p.CitizenId)
            .Select(g => g.OrderBy(p => p.From).ThenBy(p => p.Id).First())
            .Select(p => (p.CitizenId, Index: p.From > start ? p.From : start, Group: p.TargetGroupCode))
            // A citizen who entered the group after the project closed could never have been enrolled in it.
            .Where(c => c.Index < snapshot && (project?.EndDate is not { } end || c.Index <= end))
            .ToList();

        var ids = participants.Keys.Concat(comparison.Select(c => c.CitizenId)).ToList();
        var work = (await jobs.Placements.AsNoTracking()
                .Where(p => ids.Contains(p.CitizenId) && p.From < snapshot && p.Kind != PlacementKind.Internship && p.Status != PlanStatus.Cancelled).ToListAsync(ct))
            .ToLookup(p => p.CitizenId, p => new WorkSpell(p.From, p.To, p.HoursPerWeek));
        var support = await SupportAsync(ids, snapshot, ct);
        await using var people = await registry.CreateDbContextAsync(ct);
        var districts = await people.Citizens.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.District, ct);

        var subjects = participants.Select(p => new OutcomeSubject(
            true, p.Value.Enrollment.EnrolledOn, p.Value.Group, districts.GetValueOrDefault(p.Key), departmentOf(p.Value.Enrollment.ReferredBy),
            p.Value.Enrollment.Steps.Where(s => s.StartedOn < snapshot).Select(s => s.StepOrder).DefaultIfEmpty(0).Max(),
            work[p.Key].ToList(), support[p.Key].ToList()));
        var compared = comparison.Select(c => new OutcomeSubject(
            false, c.Index, c.Group, districts.GetValueOrDefault(c.CitizenId), null, 0, work[c.CitizenId].ToList(), support[c.CitizenId].ToList()));
        return subjects.Concat(compared).ToList();
    }

    private async Task<ILookup<Guid, SupportSpell>> SupportAsync(List<Guid> ids, DateOnly snapshot, CancellationToken ct)
    {
        await using var sof = await social.CreateDbContextAsync(ct);
        var services = await sof.Services.AsNoTracking()
            .Where(s => ids.Contains(s.CitizenId) && s.From < snapshot && s.Status != PlanStatus.Cancelled)
            .Select(s => new { s.CitizenId, s.Kind, s.From, s.To }).ToListAsync(ct);
        await using var suf = await health.CreateDbContextAsync(ct);
        var episodes = await suf.Episodes.AsNoTracking()
            .Where(e => ids.Contains(e.CitizenId) && e.From < snapshot && e.Status != PlanStatus.Cancelled)
            .Select(e => new { e.CitizenId, e.From, e.To }).ToListAsync(ct);
        return services.Select(s => (s.CitizenId, Spell: new SupportSpell(KindOf(s.Kind), s.From, s.To)))
            .Concat(episodes.Select(e => (e.CitizenId, Spell: new SupportSpell(SupportKind.HealthAndCare, e.From, e.To))))
            .ToLookup(x => x.CitizenId, x => x.Spell);
    }

    private static SupportKind KindOf(SocialServiceKind kind) => kind switch
    {
        SocialServiceKind.SupportInOwnHome => SupportKind.SupportInOwnHome,
        SocialServiceKind.ShelteredEmployment => SupportKind.ShelteredEmployment,
        SocialServiceKind.ActivityAndDayOffer => SupportKind.ActivityOffer,
        _ => SupportKind.Housing,
    };

    /// <summary>The department an enrolment's referring unit belongs to, from the agencies in memory.</summary>
    public static string? DepartmentOf(string agencyCode, Func<string, Agency?> agency) =>
        Departments.IsDepartment(agencyCode) ? agencyCode
        : agency(agencyCode) is { DepartmentCode: { } department } && Departments.IsDepartment(department) ? department
        : null;
}
