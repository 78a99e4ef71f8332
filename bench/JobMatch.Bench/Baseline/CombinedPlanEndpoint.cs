using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Health;
using JobMatch.Data.Registry;
using JobMatch.Data.Social;
using JobMatch.Data.Youth;
using JobMatch.Graph.Access;
using JobMatch.Graph.Employment;
using JobMatch.Graph.Plans;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Bench.Baseline;

/// <summary>
/// Scenario 1 by hand: <c>GET /rest/citizens/{id}/plan</c> answers what the <c>JobcenterCombinedPlan</c> operation
/// asks, with one statement per kind of record and reference data joined in where the same source holds it.
/// </summary>
public static class CombinedPlanEndpoint
{
    private const string Operation = "JobcenterCombinedPlan";

    private sealed record ContactRow(ContactAssignment Assignment, string? EmployeeDepartment, PlanEmployee? Employee);

    public static async Task HandleAsync(
        HttpContext http, string id,
        IDbContextFactory<RegistryContext> registryFactory, IDbContextFactory<EmploymentContext> employmentFactory,
        IDbContextFactory<SocialContext> socialFactory, IDbContextFactory<HealthContext> healthFactory, IDbContextFactory<YouthContext> youthFactory)
    {
        var correlationId = BaselineHttp.Begin(http);
        if (!Guid.TryParse(id, out var citizenId))
        {
            await BaselineHttp.RefuseAsync(http, StatusCodes.Status400BadRequest, correlationId, "'id' must be a municipal person id (a GUID).", "BAD_REQUEST");
            return;
        }
        if (BaselineHttp.HasInvalidToken(http))
        {
            await BaselineHttp.RefuseAsync(http, StatusCodes.Status401Unauthorized, correlationId, "The bearer token is invalid or expired; get a new one.", "AUTH_INVALID_TOKEN");
            return;
        }
        var ct = http.RequestAborted;
        if (await BaselineHttp.AccessAsync(http, correlationId) is not { } access)
            return;

        // A denial the citizen's facts cannot change (no token, a role without caseload) reads nothing; otherwise the
        // need-to-know facts come first: the contact persons in force, which the plan shows too.
        async Task DenyAsync(AccessDecision denied)
        {
            access.Record(citizenId, DataCategory.Identity, denied);
            if (await BaselineHttp.AuditAsync(http, access, correlationId, Operation))
                await BaselineHttp.WriteAsync(http, 200, new Envelope<PlanData>([BaselineHttp.Denied(denied, "citizen")], new PlanData(null), new(correlationId)), BaselineJson.Default.EnvelopePlanData);
        }
        var identity = access.Decide(DataCategory.Identity, citizenId);
        if (!identity.IsPending && !identity.Allowed)
        {
            await DenyAsync(identity);
            return;
        }
        await using var registry = await registryFactory.CreateDbContextAsync(ct);
        var contacts = await (
            from a in BaselineAccess.Current(registry, access.Today)
            where a.CitizenId == citizenId
            join e in registry.Employees on a.EmployeeId equals e.Id into employees
            from e in employees.DefaultIfEmpty()
            orderby a.DepartmentCode, a.From
            select new ContactRow(a, e == null ? null : e.DepartmentCode, e == null ? null : new PlanEmployee(e.Name, e.Title, e.Phone, e.Email))).ToListAsync(ct);
        identity = access.Decide(DataCategory.Identity, citizenId, new CitizenFacts(contacts.Select(c => c.Assignment).ToList()));
        if (!identity.Allowed)
        {
            await DenyAsync(identity);
            return;
        }
        access.Record(citizenId, DataCategory.Identity, identity);
        // The plan names the departments involved: the graph decides and logs Involvement for it.
        access.Record(citizenId, DataCategory.Involvement, access.Decide(DataCategory.Involvement, citizenId));

        var citizen = await registry.Citizens.Where(c => c.Id == citizenId)
            .Select(c => new { c.FirstName, c.LastName, c.District }).FirstOrDefaultAsync(ct);
        if (citizen is null)
        {
            if (await BaselineHttp.AuditAsync(http, access, correlationId, Operation))
                await BaselineHttp.WriteAsync(http, 200, new Envelope<PlanData>(null, new PlanData(null), null), BaselineJson.Default.EnvelopePlanData);
            return;
        }
        var consents = (await BaselineAccess.ConsentsAsync(registry, [citizenId], ct))[citizenId].ToList();

        var errors = new List<ErrorDto>();
        var summary = access.Decide(DataCategory.EmploymentSummary, citizenId);
        access.Record(citizenId, DataCategory.EmploymentSummary, summary);
        var facts = access.FactsOf(citizenId)! with { Consents = consents };
        var detail = Departments.DetailOf.Values.ToDictionary(c => c, c => access.Decide(c, citizenId, facts));
        // The employment field and the combined plan both read BIF's detail; each category is one access record.
        foreach (var (category, decision) in detail)
            access.Record(citizenId, category, decision);
        bool Sees(DataCategory category) => detail[category].Allowed;

        var rows = new List<PlanRow>();
        List<Placement> placements = [];
        PlanTargetGroupPeriod? targetGroup = null;
        if (summary.Allowed || Sees(DataCategory.EmploymentDetail))
        {
            await using var employment = await employmentFactory.CreateDbContextAsync(ct);
            placements = await employment.Placements.Where(p => p.CitizenId == citizenId).OrderBy(p => p.From).ToListAsync(ct);
            if (Sees(DataCategory.EmploymentDetail))
            {
                targetGroup = await (
                    from p in employment.TargetGroupPeriods
                    where p.CitizenId == citizenId && p.To == null
                    join t in employment.TargetGroups on p.TargetGroupCode equals t.Code
                    orderby p.From descending
                    select new PlanTargetGroupPeriod(new CodeName(t.Code, t.Name), p.From)).FirstOrDefaultAsync(ct);
                var goals = await employment.JobGoals.Where(g => g.CitizenId == citizenId)
                    .Select(g => new { g.SetOn, g.TargetDate, g.Text, g.Status }).ToListAsync(ct);
                var activities = await employment.JobActivities.Where(a => a.CitizenId == citizenId)
                    .Select(a => new { a.From, a.To, a.Title, a.Provider, a.Status }).ToListAsync(ct);
                rows.AddRange(goals.Select(g => new PlanRow(g.SetOn, g.TargetDate, Departments.Employment, PlanEntryKind.JobGoal, g.Text, g.Status)));
                rows.AddRange(activities.Select(a => new PlanRow(a.From, a.To, Departments.Employment, PlanEntryKind.JobActivity, PlanRows.ActivityTitle(a.Title, a.Provider), a.Status)));
                rows.AddRange(placements.Select(p => new PlanRow(p.From, p.To, Departments.Employment, PlanEntryKind.Placement, PlanRows.PlacementTitle(p.Kind, p.HoursPerWeek), p.Status)));
            }
        }
        if (Sees(DataCategory.SocialDetail))
        {
            await using var social = await socialFactory.CreateDbContextAsync(ct);
            var goals = await social.Goals.Where(g => g.CitizenId == citizenId).Select(g => new { g.SetOn, g.TargetDate, g.Area, g.Text, g.Status }).ToListAsync(ct);
            var services = await social.Services.Where(s => s.CitizenId == citizenId).Select(s => new { s.From, s.To, s.Title, s.Status }).ToListAsync(ct);
            var treatments = await social.SubstanceTreatments.Where(t => t.CitizenId == citizenId).Select(t => new { t.From, t.To, t.Form, t.Substance, t.Status }).ToListAsync(ct);
            rows.AddRange(goals.Select(g => new PlanRow(g.SetOn, g.TargetDate, Departments.Social, PlanEntryKind.SocialGoal, PlanRows.SocialGoalTitle(g.Area, g.Text), g.Status)));
            rows.AddRange(services.Select(s => new PlanRow(s.From, s.To, Departments.Social, PlanEntryKind.SocialService, s.Title, s.Status)));
            rows.AddRange(treatments.Select(t => new PlanRow(t.From, t.To, Departments.Social, PlanEntryKind.SubstanceTreatment, PlanRows.TreatmentTitle(t.Form, t.Substance), t.Status)));
        }
        if (Sees(DataCategory.HealthDetail))
        {
            await using var health = await healthFactory.CreateDbContextAsync(ct);
            var episodes = await health.Episodes.Where(e => e.CitizenId == citizenId).Select(e => new { e.From, e.To, e.Title, e.Status }).ToListAsync(ct);
            rows.AddRange(episodes.Select(e => new PlanRow(e.From, e.To, Departments.Health, PlanEntryKind.HealthEpisode, e.Title, e.Status)));
        }
        if (Sees(DataCategory.YouthDetail))
        {
            await using var youth = await youthFactory.CreateDbContextAsync(ct);
            var educations = await youth.Educations.Where(e => e.CitizenId == citizenId).Select(e => new { e.From, e.ExpectedEnd, e.Programme, e.Institution, e.Status }).ToListAsync(ct);
            var transitions = await youth.TransitionPlans.Where(t => t.CitizenId == citizenId).Select(t => new { t.StartedOn, t.PlannedTransferOn, t.ReceivingDepartments, t.Status }).ToListAsync(ct);
            rows.AddRange(educations.Select(e => new PlanRow(e.From, e.ExpectedEnd, Departments.Youth, PlanEntryKind.Education, PlanRows.EducationTitle(e.Programme, e.Institution), e.Status)));
            rows.AddRange(transitions.Select(t => new PlanRow(t.StartedOn, t.PlannedTransferOn, Departments.Youth, PlanEntryKind.TransitionPlan, PlanRows.TransitionTitle(t.ReceivingDepartments), t.Status)));
        }

        Dictionary<Guid, string> employers = [];
        if (Sees(DataCategory.EmploymentDetail) && placements.Count > 0)
        {
            var employerIds = placements.Select(p => p.EmployerId).Distinct().ToList();
            employers = await registry.Employers.Where(e => employerIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        }

        PlanRows.Sort(rows);
        var status = summary.Allowed ? ToDto(EmploymentStatus.On(access.Today, placements, [], [], [])) : null;
        if (!summary.Allowed)
            errors.Add(BaselineHttp.Denied(summary, "citizen", "employmentStatus"));
        PlanEmployment? employmentDto = null;
        if (Sees(DataCategory.EmploymentDetail))
            employmentDto = new PlanEmployment(targetGroup, placements.Select(p => new PlanPlacement(
                ConstantCase<PlacementKind>.Of(p.Kind), employers.TryGetValue(p.EmployerId, out var name) ? new NameOnly(name) : null,
                p.From, p.To, (double)p.HoursPerWeek, ConstantCase<PlanStatus>.Of(p.Status))).ToList());
        else
            errors.Add(BaselineHttp.Denied(detail[DataCategory.EmploymentDetail], "citizen", "employment"));

        var departments = PlanRows.Involved(contacts.Select(c => c.Assignment.DepartmentCode), rows).ToList();
        var plan = new PlanCombined(
            rows.Select(r => new PlanEntryDto(r.Date, r.EndDate, r.Department, ConstantCase<PlanEntryKind>.Of(r.Kind), r.Title, ConstantCase<PlanStatus>.Of(r.Status))).ToList(),
            departments.Select((d, k) =>
            {
                var decision = detail[Departments.DetailOf[d]];
                if (contacts.FirstOrDefault(c => c.Assignment.DepartmentCode == d) is not { } contact)
                    return new PlanDepartmentDto(d, decision.Allowed, decision.Code, null);
                // What the contact person does for the citizen is the department's detail; how to reach them is not.
                var responsibility = BaselineAccess.DepartmentDetail(access, citizenId, contact.Assignment.DepartmentCode);
                var person = contact.Employee;
                if (person is not null && contact.EmployeeDepartment is { } employeeDepartment
                    && BaselineAccess.DepartmentDetail(access, citizenId, employeeDepartment) is { Allowed: false })
                {
                    person = person with { Title = null };
                }
                return new PlanDepartmentDto(d, decision.Allowed, decision.Code,
                    new PlanContact(responsibility.Allowed ? contact.Assignment.Responsibility : null, person));
            }).ToList());
        // Hidden quietly, as the graph does: the denials are logged, not reported per detail.

        if (!await BaselineHttp.AuditAsync(http, access, correlationId, Operation))
            return;
        var body = new PlanCitizen(citizenId, $"{citizen.FirstName} {citizen.LastName}", citizen.District, status, employmentDto, plan);
        await BaselineHttp.WriteAsync(http, 200,
            new Envelope<PlanData>(errors.Count > 0 ? errors : null, new PlanData(body), errors.Count > 0 ? new(correlationId) : null),
            BaselineJson.Default.EnvelopePlanData);
    }

    public static StatusDto ToDto(EmploymentStatus status) =>
        new(status.Employed, status.PlacementKind is { } kind ? ConstantCase<PlacementKind>.Of(kind) : null, (double?)status.HoursPerWeek, status.Since);
}
