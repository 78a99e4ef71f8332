using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Health;
using JobMatch.Data.Registry;
using JobMatch.Data.Social;
using JobMatch.Data.Youth;
using JobMatch.Graph.Access;
using JobMatch.Graph.Employment;
using JobMatch.Graph.Nodes;
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

    private sealed record ContactRow(ContactAssignment Assignment, string? EmployeeDepartment, string? UnitCode, PlanEmployee? Employee);

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
            select new ContactRow(a, e == null ? null : e.DepartmentCode, e == null ? null : e.UnitCode, e == null ? null : new PlanEmployee(e.Name, e.Title, e.Phone, e.Email))).ToListAsync(ct);
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

        // Values that depend on today are judged on the request's day, as the graph judges them: the period in force,
        // the next one, the placement active now, and each entry's status from its dates (a cancellation stands).
        var today = access.Today;
        PlanStatus On(DateOnly from, DateOnly? to, PlanStatus recorded = PlanStatus.Active) => PlanDates.StatusOn(today, from, to, recorded);
        const string bif = Departments.Employment, sof = Departments.Social, suf = Departments.Health, buf = Departments.Youth;
        var all = new List<PlanEntry>();

        List<Placement> placements = [];
        List<JobActivity> activities = [];
        List<BenefitPeriod> benefitPeriods = [];
        List<TargetGroupPeriod> groupPeriods = [];
        Dictionary<string, string> benefitNames = [];
        Dictionary<string, string> groupNames = [];
        if (summary.Allowed || Sees(DataCategory.EmploymentDetail))
        {
            // The summary reads the placements, activities, benefits and target groups in force; the reference names
            // come with the periods, from the same source.
            await using var employment = await employmentFactory.CreateDbContextAsync(ct);
            placements = await employment.Placements.AsNoTracking().Where(p => p.CitizenId == citizenId).OrderBy(p => p.From).ToListAsync(ct);
            activities = await employment.JobActivities.AsNoTracking().Where(a => a.CitizenId == citizenId).OrderBy(a => a.From).ToListAsync(ct);
            var benefitRows = await (
                from b in employment.BenefitPeriods.AsNoTracking()
                where b.CitizenId == citizenId
                join t in employment.BenefitTypes on b.BenefitCode equals t.Code into types
                from t in types.DefaultIfEmpty()
                orderby b.From
                select new { Period = b, Name = t == null ? null : t.Name }).ToListAsync(ct);
            var groupRows = await (
                from p in employment.TargetGroupPeriods.AsNoTracking()
                where p.CitizenId == citizenId
                join t in employment.TargetGroups on p.TargetGroupCode equals t.Code into groups
                from t in groups.DefaultIfEmpty()
                orderby p.From
                select new { Period = p, Name = t == null ? null : t.Name }).ToListAsync(ct);
            benefitPeriods = benefitRows.Select(r => r.Period).ToList();
            groupPeriods = groupRows.Select(r => r.Period).ToList();
            benefitNames = benefitRows.Where(r => r.Name is not null).DistinctBy(r => r.Period.BenefitCode).ToDictionary(r => r.Period.BenefitCode, r => r.Name!);
            groupNames = groupRows.Where(r => r.Name is not null).DistinctBy(r => r.Period.TargetGroupCode).ToDictionary(r => r.Period.TargetGroupCode, r => r.Name!);
            if (Sees(DataCategory.EmploymentDetail))
            {
                const DataCategory category = DataCategory.EmploymentDetail;
                var goals = await employment.JobGoals.AsNoTracking().Where(g => g.CitizenId == citizenId).ToListAsync(ct);
                all.AddRange(goals.Select(g => new PlanEntry(citizenId, g.SetOn, g.TargetDate, bif, PlanEntryKind.JobGoal, g.Text, On(g.SetOn, g.TargetDate, g.Status), category, NodeTypes.JobGoal, g.Id, g)));
                all.AddRange(activities.Select(a => new PlanEntry(citizenId, a.From, a.To, bif, PlanEntryKind.JobActivity, PlanRows.ActivityTitle(a.Title, a.Provider), On(a.From, a.To, a.Status), category, NodeTypes.JobActivity, a.Id, a)));
                all.AddRange(placements.Select(p => new PlanEntry(citizenId, p.From, p.To, bif, PlanEntryKind.Placement, PlanRows.PlacementTitle(p.Kind, p.HoursPerWeek), On(p.From, p.To, p.Status), category, NodeTypes.Placement, p.Id, p)));
                all.AddRange(groupPeriods.Select(t => new PlanEntry(citizenId, t.From, t.To, bif, PlanEntryKind.TargetGroup, PlanRows.TargetGroupTitle(t.TargetGroupCode), On(t.From, t.To), category, NodeTypes.TargetGroupPeriod, t.Id, t)));
                all.AddRange(benefitPeriods.Select(b => new PlanEntry(citizenId, b.From, b.To, bif, PlanEntryKind.Benefit, PlanRows.BenefitTitle(b.BenefitCode), On(b.From, b.To), category, NodeTypes.BenefitPeriod, b.Id, b)));
            }
        }
        if (Sees(DataCategory.SocialDetail))
        {
            const DataCategory category = DataCategory.SocialDetail;
            await using var social = await socialFactory.CreateDbContextAsync(ct);
            var plans = await social.ActionPlans.AsNoTracking().Where(p => p.CitizenId == citizenId).ToListAsync(ct);
            var goals = await social.Goals.AsNoTracking().Where(g => g.CitizenId == citizenId).ToListAsync(ct);
            var services = await social.Services.AsNoTracking().Where(s => s.CitizenId == citizenId).ToListAsync(ct);
            var treatments = await social.SubstanceTreatments.AsNoTracking().Where(t => t.CitizenId == citizenId).ToListAsync(ct);
            // An action plan is on the time line by its next review; one without a review date is not.
            all.AddRange(plans.Where(p => p.NextReviewOn is not null).Select(p => new PlanEntry(citizenId, p.NextReviewOn!.Value, null, sof, PlanEntryKind.PlanReview, PlanRows.ReviewTitle, On(p.NextReviewOn!.Value, p.NextReviewOn), category, NodeTypes.SocialActionPlan, p.Id, p)));
            all.AddRange(goals.Select(g => new PlanEntry(citizenId, g.SetOn, g.TargetDate, sof, PlanEntryKind.SocialGoal, PlanRows.SocialGoalTitle(g.Area, g.Text), On(g.SetOn, g.TargetDate, g.Status), category, NodeTypes.SocialGoal, g.Id, g)));
            all.AddRange(services.Select(s => new PlanEntry(citizenId, s.From, s.To, sof, PlanEntryKind.SocialService, s.Title, On(s.From, s.To, s.Status), category, NodeTypes.SocialService, s.Id, s, s.ProviderCode)));
            all.AddRange(treatments.Select(t => new PlanEntry(citizenId, t.From, t.To, sof, PlanEntryKind.SubstanceTreatment, PlanRows.TreatmentTitle(t.Form, t.Substance), On(t.From, t.To, t.Status), category, NodeTypes.SubstanceTreatment, t.Id, t)));
        }
        if (Sees(DataCategory.HealthDetail))
        {
            await using var health = await healthFactory.CreateDbContextAsync(ct);
            var episodes = await health.Episodes.AsNoTracking().Where(e => e.CitizenId == citizenId).ToListAsync(ct);
            all.AddRange(episodes.Select(e => new PlanEntry(citizenId, e.From, e.To, suf, PlanEntryKind.HealthEpisode, e.Title, On(e.From, e.To, e.Status), DataCategory.HealthDetail, NodeTypes.HealthEpisode, e.Id, e)));
        }
        if (Sees(DataCategory.YouthDetail))
        {
            await using var youth = await youthFactory.CreateDbContextAsync(ct);
            var educations = await youth.Educations.AsNoTracking().Where(e => e.CitizenId == citizenId).ToListAsync(ct);
            var transitions = await youth.TransitionPlans.AsNoTracking().Where(t => t.CitizenId == citizenId).ToListAsync(ct);
            all.AddRange(educations.Select(e => new PlanEntry(citizenId, e.From, e.ExpectedEnd, buf, PlanEntryKind.Education, PlanRows.EducationTitle(e.Programme, e.Institution), On(e.From, e.ExpectedEnd, e.Status), DataCategory.YouthDetail, NodeTypes.YouthEducation, e.Id, e)));
            all.AddRange(transitions.Select(t => new PlanEntry(citizenId, t.StartedOn, t.PlannedTransferOn, buf, PlanEntryKind.TransitionPlan, PlanRows.TransitionTitle(t.ReceivingDepartments), On(t.StartedOn, t.PlannedTransferOn, t.Status), DataCategory.YouthDetail, NodeTypes.TransitionPlan, t.Id, t)));
        }

        var status = summary.Allowed ? EmploymentStatus.On(today, placements, activities, benefitPeriods, groupPeriods) : null;
        var currentPlacement = Sees(DataCategory.EmploymentDetail) ? placements.Current(today) : null;

        // Registry again, for what the sources refer to: the employers shown, and the units of the entries (a service's
        // provider, else the department's contact person's unit).
        var employerIds = new[] { status?.Placement?.EmployerId, currentPlacement?.EmployerId }.OfType<Guid>().Distinct().ToList();
        var employers = employerIds.Count == 0 ? [] : await registry.Employers.Where(e => employerIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var entries = all.Where(Window.Keeps).ToList();
        PlanRows.Sort(entries);
        string? UnitOf(PlanEntry e) => e.UnitCode ?? contacts.FirstOrDefault(c => c.Assignment.DepartmentCode == e.Department)?.UnitCode;
        var unitCodes = entries.Select(UnitOf).OfType<string>().Distinct().ToList();
        var units = unitCodes.Count == 0 ? [] : await registry.Agencies.Where(a => unitCodes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Name, ct);
        NameOnly? EmployerOf(Placement? p) => p is not null && employers.TryGetValue(p.EmployerId, out var name) ? new NameOnly(name) : null;
        static CodeName? Named(Dictionary<string, string> names, string? code) => code is not null && names.TryGetValue(code, out var name) ? new CodeName(code, name) : null;

        if (!summary.Allowed)
            errors.Add(BaselineHttp.Denied(summary, "citizen", "employmentStatus"));
        PlanEmployment? employmentDto = null;
        if (Sees(DataCategory.EmploymentDetail))
        {
            var targetGroup = groupPeriods.Current(today);
            var upcoming = groupPeriods.Upcoming(today);
            employmentDto = new PlanEmployment(
                targetGroup is null ? null : new PlanTargetGroupPeriod(Named(groupNames, targetGroup.TargetGroupCode), targetGroup.From, targetGroup.To),
                upcoming is null ? null : new PlanUpcomingTargetGroup(Named(groupNames, upcoming.TargetGroupCode), upcoming.From),
                currentPlacement is not { } p ? null : new PlanPlacement(GlobalId.Of(NodeTypes.Placement, p.Id), ConstantCase<PlacementKind>.Of(p.Kind), EmployerOf(p),
                    p.From, p.To, (double)p.HoursPerWeek, ConstantCase<PlanStatus>.Of(On(p.From, p.To, p.Status))));
        }
        else
            errors.Add(BaselineHttp.Denied(detail[DataCategory.EmploymentDetail], "citizen", "employment"));

        // Whom to call about an entry: the department's contact person; what they do is that department's detail.
        PlanResponsible? ResponsibleFor(string department)
        {
            if (contacts.FirstOrDefault(c => c.Assignment.DepartmentCode == department) is not { } contact)
                return null;
            var responsibility = BaselineAccess.DepartmentDetail(access, citizenId, department);
            return new PlanResponsible(responsibility.Allowed ? contact.Assignment.Responsibility : null,
                contact.Employee is { } person ? new PlanReachable(person.Name, person.Phone) : null);
        }
        var departments = PlanRows.Involved(contacts.Select(c => c.Assignment.DepartmentCode), all.Select(e => e.Department)).ToList();
        var plan = new PlanCombined(
            entries.Select(e => new PlanEntryDto(GlobalId.Of(e.NodeType, e.SourceId), e.Date, e.EndDate, e.Department, ConstantCase<PlanEntryKind>.Of(e.Kind), e.Title,
                ConstantCase<PlanStatus>.Of(e.Status), Named(units, UnitOf(e)), ResponsibleFor(e.Department), new PlanSource(GlobalId.Of(e.NodeType, e.SourceId), e.NodeType))).ToList(),
            departments.Select(d =>
            {
                var decision = detail[Departments.DetailOf[d]];
                var hiddenBecause = decision.Allowed ? null : decision.Code ?? AccessDecision.NotAuthorized;
                var header = PlanHeader.Of(d, all) is { } h ? new PlanHeaderDto(h.Title, h.Created, h.NextReview) : null;
                if (contacts.FirstOrDefault(c => c.Assignment.DepartmentCode == d) is not { } contact)
                    return new PlanDepartmentDto(d, decision.Allowed, hiddenBecause, header, null);
                // What the contact person does for the citizen is the department's detail; how to reach them is not.
                var responsibility = BaselineAccess.DepartmentDetail(access, citizenId, contact.Assignment.DepartmentCode);
                var person = contact.Employee;
                if (person is not null && contact.EmployeeDepartment is { } employeeDepartment
                    && BaselineAccess.DepartmentDetail(access, citizenId, employeeDepartment) is { Allowed: false })
                {
                    person = person with { Title = null };
                }
                return new PlanDepartmentDto(d, decision.Allowed, hiddenBecause, header,
                    new PlanContact(responsibility.Allowed ? contact.Assignment.Responsibility : null, person));
            }).ToList(),
            // The baseline guards no source: one that fails fails the request, so none is ever reported missing.
            []);
        // Hidden quietly, as the graph does: the denials are logged, not reported per detail.

        if (!await BaselineHttp.AuditAsync(http, access, correlationId, Operation))
            return;
        var statusDto = status is null ? null : new PlanStatusDto(ConstantCase<EmploymentSituation>.Of(status.Situation), status.Employed,
            status.PlacementKind is { } kind ? ConstantCase<PlacementKind>.Of(kind) : null, (double?)status.HoursPerWeek, status.Since,
            EmployerOf(status.Placement), Named(benefitNames, status.Benefit?.BenefitCode), Named(groupNames, status.TargetGroup?.TargetGroupCode));
        var body = new PlanCitizen(citizenId, $"{citizen.FirstName} {citizen.LastName}", citizen.District, statusDto, employmentDto, plan);
        await BaselineHttp.WriteAsync(http, 200,
            new Envelope<PlanData>(errors.Count > 0 ? errors : null, new PlanData(body), errors.Count > 0 ? new(correlationId) : null),
            BaselineJson.Default.EnvelopePlanData);
    }

    /// <summary>The window the operation's variables default to, and the statuses it asks for: every one but cancelled.</summary>
    private static readonly PlanQuery Window = new(new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), null, null, [PlanStatus.Planned, PlanStatus.Active, PlanStatus.Completed]);

    public static StatusDto ToDto(EmploymentStatus status) =>
        new(status.Employed, status.PlacementKind is { } kind ? ConstantCase<PlacementKind>.Of(kind) : null, (double?)status.HoursPerWeek, status.Since);
}
