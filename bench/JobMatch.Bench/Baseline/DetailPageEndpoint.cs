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
/// Scenario 3 by hand: <c>GET /rest/citizens/detail?first=50</c>, a page of citizens with every source's detail that
/// the viewer may see (another department's under the citizen's consent, with a purpose). One statement per kind of
/// record whatever the page size; reference data (target groups, benefit types, agencies, employees) is joined in
/// where the same source holds it, which a graph of independent loaders cannot do.
/// </summary>
public static class DetailPageEndpoint
{
    private const string Operation = "Page";

    private sealed record ContactRow(ContactAssignment Assignment, string? DepartmentName, string? EmployeeName, string? EmployeeDepartment, string? UnitName);

    private static readonly DataCategory[] PerCitizen =
    [
        DataCategory.Identity, DataCategory.Involvement, DataCategory.CprNumber, DataCategory.ContactInfo, DataCategory.EmploymentSummary,
        DataCategory.EmploymentDetail, DataCategory.SocialDetail, DataCategory.HealthDetail, DataCategory.YouthDetail,
    ];

    public static async Task HandleAsync(HttpContext http, int? first,
        IDbContextFactory<RegistryContext> registryFactory, IDbContextFactory<EmploymentContext> employmentFactory,
        IDbContextFactory<SocialContext> socialFactory, IDbContextFactory<HealthContext> healthFactory, IDbContextFactory<YouthContext> youthFactory)
    {
        var correlationId = BaselineHttp.Begin(http);
        if (BaselineHttp.HasInvalidToken(http))
        {
            await BaselineHttp.RefuseAsync(http, StatusCodes.Status401Unauthorized, correlationId, "The bearer token is invalid or expired; get a new one.", "AUTH_INVALID_TOKEN");
            return;
        }
        var size = first ?? Paging.DefaultPageSize;
        if (size is < 0 or > Paging.MaxPageSize)
        {
            await BaselineHttp.RefuseAsync(http, StatusCodes.Status400BadRequest, correlationId, $"'first' must be between 0 and {Paging.MaxPageSize}.", "BAD_REQUEST");
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
                await BaselineHttp.WriteAsync(http, 200, new Envelope<DetailPageData>([BaselineHttp.Denied(listing, "citizens")], new DetailPageData(null), new(correlationId)), BaselineJson.Default.EnvelopeDetailPageData);
            return;
        }

        // Registry: the page of the viewer's caseload (the same condition as the graph's page), the contact persons in
        // force with their names (the need-to-know facts), the consents (the other departments' detail turns on them).
        var today = access.Today;
        await using var registry = await registryFactory.CreateDbContextAsync(ct);
        var page = await registry.Citizens.InCaseload(registry, access.Viewer.Department!, today)
            .OrderBy(c => c.SearchLastName).ThenBy(c => c.SearchFirstName).ThenBy(c => c.Id).Take(size)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.Cpr, c.Phone }).ToListAsync(ct);
        var ids = page.Select(c => c.Id).ToList();
        var contacts = (await (
            from a in BaselineAccess.Current(registry, today)
            where ids.Contains(a.CitizenId)
            join e in registry.Employees on a.EmployeeId equals e.Id into employees
            from e in employees.DefaultIfEmpty()
            join d in registry.Agencies on a.DepartmentCode equals d.Code into departments
            from d in departments.DefaultIfEmpty()
            join u in registry.Agencies on e.UnitCode equals u.Code into units
            from u in units.DefaultIfEmpty()
            orderby a.DepartmentCode, a.From
            select new ContactRow(a, d == null ? null : d.Name, e == null ? null : e.Name, e == null ? null : e.DepartmentCode, u == null ? null : u.Name))
            .ToListAsync(ct)).ToLookup(r => r.Assignment.CitizenId);
        var consents = await BaselineAccess.ConsentsAsync(registry, ids, ct);

        var decisions = new Dictionary<(Guid, DataCategory), AccessDecision>();
        foreach (var id in ids)
        {
            var facts = new CitizenFacts(contacts[id].Select(r => r.Assignment).ToList(), consents[id].ToList());
            foreach (var category in PerCitizen)
            {
                var decision = access.Decide(category, id, facts);
                decisions[(id, category)] = decision;
                access.Record(id, category, decision);
            }
        }
        List<Guid> Seeing(DataCategory category) => ids.Where(id => decisions[(id, category)].Allowed).ToList();
        var employmentIds = Seeing(DataCategory.EmploymentDetail);
        var summaryIds = Seeing(DataCategory.EmploymentSummary);
        var socialIds = Seeing(DataCategory.SocialDetail);
        var healthIds = Seeing(DataCategory.HealthDetail);
        var youthIds = Seeing(DataCategory.YouthDetail);

        // Employment (BIF): one statement per kind of record, for the citizens the viewer may see.
        await using var employment = await employmentFactory.CreateDbContextAsync(ct);
        var placementIds = summaryIds.Union(employmentIds).ToList();
        var placements = (await employment.Placements.Where(p => placementIds.Contains(p.CitizenId)).OrderBy(p => p.From)
            .Select(p => new Placement { CitizenId = p.CitizenId, Kind = p.Kind, EmployerId = p.EmployerId, From = p.From, To = p.To, HoursPerWeek = p.HoursPerWeek, Status = p.Status })
            .ToListAsync(ct)).ToLookup(p => p.CitizenId);
        // Every target group period: the one in force today is the citizen's group, and each is an entry on the plan.
        var targetGroupRows = await (
            from p in employment.TargetGroupPeriods
            where employmentIds.Contains(p.CitizenId)
            join t in employment.TargetGroups on p.TargetGroupCode equals t.Code into groups
            from t in groups.DefaultIfEmpty()
            orderby p.From
            select new { Period = new TargetGroupPeriod { CitizenId = p.CitizenId, TargetGroupCode = p.TargetGroupCode, From = p.From, To = p.To }, Name = t == null ? null : t.Name })
            .ToListAsync(ct);
        var targetGroupPeriods = targetGroupRows.ToLookup(r => r.Period.CitizenId, r => r.Period);
        var targetGroupNames = targetGroupRows.Where(r => r.Name is not null).DistinctBy(r => r.Period.TargetGroupCode).ToDictionary(r => r.Period.TargetGroupCode, r => r.Name!);
        var benefits = (await (
            from b in employment.BenefitPeriods
            where employmentIds.Contains(b.CitizenId)
            join t in employment.BenefitTypes on b.BenefitCode equals t.Code into types
            from t in types.DefaultIfEmpty()
            orderby b.From
            select new { b.CitizenId, b.BenefitCode, b.From, Name = t == null ? null : t.Name }).ToListAsync(ct)).ToLookup(r => r.CitizenId);
        var goals = (await employment.JobGoals.Where(g => employmentIds.Contains(g.CitizenId)).OrderBy(g => g.SetOn)
            .Select(g => new { g.CitizenId, g.Text, g.SetOn }).ToListAsync(ct)).ToLookup(g => g.CitizenId);
        var activities = (await employment.JobActivities.Where(a => employmentIds.Contains(a.CitizenId)).OrderBy(a => a.From)
            .Select(a => new { a.CitizenId, a.Title, a.Provider, a.From }).ToListAsync(ct)).ToLookup(a => a.CitizenId);
        var enrollments = (await employment.Enrollments.Where(e => employmentIds.Contains(e.CitizenId)).OrderBy(e => e.EnrolledOn)
            .Select(e => new { e.CitizenId, e.ProjectCode, e.ReferredBy, Steps = e.Steps.OrderBy(s => s.StepOrder).Select(s => s.StepOrder).ToList() })
            .ToListAsync(ct)).ToLookup(e => e.CitizenId);

        // Social (SOF), Health (SUF), Youth (BUF): only for the citizens whose consent covers them.
        await using var social = await socialFactory.CreateDbContextAsync(ct);
        var actionPlans = (await social.ActionPlans.Where(p => socialIds.Contains(p.CitizenId)).OrderBy(p => p.CreatedOn)
            .Select(p => new { p.CitizenId, p.Purpose, p.NextReviewOn }).ToListAsync(ct)).ToLookup(p => p.CitizenId);
        var socialGoals = (await social.Goals.Where(g => socialIds.Contains(g.CitizenId)).OrderBy(g => g.SetOn)
            .Select(g => new { g.CitizenId, g.Area, g.Text, g.SetOn }).ToListAsync(ct)).ToLookup(g => g.CitizenId);
        var services = (await social.Services.Where(s => socialIds.Contains(s.CitizenId)).OrderBy(s => s.From)
            .Select(s => new { s.CitizenId, s.Kind, s.ProviderCode, s.Title, s.From }).ToListAsync(ct)).ToLookup(s => s.CitizenId);
        var treatments = (await social.SubstanceTreatments.Where(t => socialIds.Contains(t.CitizenId)).OrderBy(t => t.From)
            .Select(t => new { t.CitizenId, t.Substance, t.Form, t.From }).ToListAsync(ct)).ToLookup(t => t.CitizenId);
        await using var health = await healthFactory.CreateDbContextAsync(ct);
        var episodes = (await health.Episodes.Where(e => healthIds.Contains(e.CitizenId)).OrderBy(e => e.From)
            .Select(e => new { e.CitizenId, e.Kind, e.Title, e.From }).ToListAsync(ct)).ToLookup(e => e.CitizenId);
        await using var youth = await youthFactory.CreateDbContextAsync(ct);
        var educations = (await youth.Educations.Where(e => youthIds.Contains(e.CitizenId)).OrderBy(e => e.From)
            .Select(e => new { e.CitizenId, e.Programme, e.Institution, e.From }).ToListAsync(ct)).ToLookup(e => e.CitizenId);
        var transitions = (await youth.TransitionPlans.Where(t => youthIds.Contains(t.CitizenId)).OrderBy(t => t.StartedOn)
            .Select(t => new { t.CitizenId, t.Summary, t.StartedOn, t.ReceivingDepartments }).ToListAsync(ct)).ToLookup(t => t.CitizenId);

        // Registry again, for what the department sources refer to: employers, projects with their steps, agencies.
        var employerIds = employmentIds.SelectMany(id => placements[id]).Select(p => p.EmployerId).Distinct().ToList();
        var employers = employerIds.Count == 0 ? [] : await registry.Employers.Where(e => employerIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var projectCodes = enrollments.SelectMany(g => g).Select(e => e.ProjectCode).Distinct().ToList();
        var projects = projectCodes.Count == 0 ? [] : await registry.Projects.Where(p => projectCodes.Contains(p.Code))
            .Select(p => new { p.Code, p.Name, Steps = p.Steps.Select(s => new { s.Order, s.Name }).ToList() })
            .ToDictionaryAsync(p => p.Code, ct);
        var agencyCodes = enrollments.SelectMany(g => g).Select(e => e.ReferredBy).Concat(services.SelectMany(g => g).Select(s => s.ProviderCode)).Distinct().ToList();
        var agencies = agencyCodes.Count == 0 ? [] : await registry.Agencies.Where(a => agencyCodes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Name, ct);
        NameOnly? Named<TKey>(Dictionary<TKey, string> names, TKey key) where TKey : notnull => names.TryGetValue(key, out var name) ? new NameOnly(name) : null;
        static NameOnly? NameOf(string? name) => name is null ? null : new NameOnly(name);

        // Errors in the order the graph meets them: level by level, so the contact persons' units (deeper) come last.
        var errors = new List<ErrorDto>();
        var unitErrors = new List<ErrorDto>();
        var edges = new List<Edge<DetailCitizen>>(page.Count);
        foreach (var (c, i) in page.Select((c, i) => (c, i)))
        {
            var id = c.Id;
            bool Sees(DataCategory category, string field)
            {
                var decision = decisions[(id, category)];
                if (!decision.Allowed)
                    errors.Add(BaselineHttp.Denied(decision, "citizens", "edges", i, "node", field));
                return decision.Allowed;
            }
            var rows = new List<PlanRow>();
            if (decisions[(id, DataCategory.EmploymentDetail)].Allowed)
            {
                rows.AddRange(goals[id].Select(g => new PlanRow(g.SetOn, null, Departments.Employment, PlanEntryKind.JobGoal, g.Text, default)));
                rows.AddRange(activities[id].Select(a => new PlanRow(a.From, null, Departments.Employment, PlanEntryKind.JobActivity, PlanRows.ActivityTitle(a.Title, a.Provider), default)));
                rows.AddRange(placements[id].Select(p => new PlanRow(p.From, null, Departments.Employment, PlanEntryKind.Placement, PlanRows.PlacementTitle(p.Kind, p.HoursPerWeek), default)));
                rows.AddRange(targetGroupPeriods[id].Select(t => new PlanRow(t.From, null, Departments.Employment, PlanEntryKind.TargetGroup, PlanRows.TargetGroupTitle(t.TargetGroupCode), default)));
                rows.AddRange(benefits[id].Select(b => new PlanRow(b.From, null, Departments.Employment, PlanEntryKind.Benefit, PlanRows.BenefitTitle(b.BenefitCode), default)));
            }
            // An action plan is on the time line by its next review; one without a review date is not.
            rows.AddRange(actionPlans[id].Where(p => p.NextReviewOn is not null).Select(p => new PlanRow(p.NextReviewOn!.Value, null, Departments.Social, PlanEntryKind.PlanReview, PlanRows.ReviewTitle, default)));
            rows.AddRange(socialGoals[id].Select(g => new PlanRow(g.SetOn, null, Departments.Social, PlanEntryKind.SocialGoal, PlanRows.SocialGoalTitle(g.Area, g.Text), default)));
            rows.AddRange(services[id].Select(s => new PlanRow(s.From, null, Departments.Social, PlanEntryKind.SocialService, s.Title, default)));
            rows.AddRange(treatments[id].Select(t => new PlanRow(t.From, null, Departments.Social, PlanEntryKind.SubstanceTreatment, PlanRows.TreatmentTitle(t.Form, t.Substance), default)));
            rows.AddRange(episodes[id].Select(e => new PlanRow(e.From, null, Departments.Health, PlanEntryKind.HealthEpisode, e.Title, default)));
            rows.AddRange(educations[id].Select(e => new PlanRow(e.From, null, Departments.Youth, PlanEntryKind.Education, PlanRows.EducationTitle(e.Programme, e.Institution), default)));
            rows.AddRange(transitions[id].Select(t => new PlanRow(t.StartedOn, null, Departments.Youth, PlanEntryKind.TransitionPlan, PlanRows.TransitionTitle(t.ReceivingDepartments), default)));
            PlanRows.Sort(rows);
            var citizenContacts = contacts[id].ToList();

            var node = new DetailCitizen(
                $"{c.FirstName} {c.LastName}",
                Sees(DataCategory.CprNumber, "cpr") ? c.Cpr : null,
                Sees(DataCategory.ContactInfo, "phone") ? c.Phone : null,
                citizenContacts.Select((a, j) =>
                {
                    if (a.EmployeeName is null)
                        return new DetailContact(NameOf(a.DepartmentName), null);
                    // The unit tells what the department does for the citizen: its detail guards it.
                    var unit = a.EmployeeDepartment is { } department ? BaselineAccess.DepartmentDetail(access, id, department) : AccessDecision.Allow;
                    if (!unit.Allowed)
                        unitErrors.Add(BaselineHttp.Denied(unit, "citizens", "edges", i, "node", "contactPersons", j, "contactPerson", "unit"));
                    return new DetailContact(NameOf(a.DepartmentName), new DetailEmployee(a.EmployeeName, unit.Allowed ? NameOf(a.UnitName) : null));
                }).ToList(),
                consents[id].Select(x => new PurposeOnly(x.Purpose)).ToList(),
                Sees(DataCategory.EmploymentSummary, "employmentStatus") && EmploymentStatus.On(access.Today, placements[id].ToList(), [], [], []) is { } status
                    ? new DetailStatus(status.Employed, status.PlacementKind is { } kind ? ConstantCase<PlacementKind>.Of(kind) : null) : null,
                Sees(DataCategory.EmploymentDetail, "employment")
                    ? new DetailEmployment(
                        targetGroupPeriods[id].Current(today) is { } targetGroup
                            ? new DetailTargetGroupPeriod(targetGroupNames.TryGetValue(targetGroup.TargetGroupCode, out var groupName) ? new NameOnly(groupName) : null)
                            : null,
                        benefits[id].Select(b => new DetailBenefit(b.Name is null ? null : new NameOnly(b.Name))).ToList(),
                        goals[id].Select(g => new TextOnly(g.Text)).ToList(),
                        activities[id].Select(a => new TitleOnly(a.Title)).ToList(),
                        placements[id].Select(p => new DetailPlacement(ConstantCase<PlacementKind>.Of(p.Kind), Named(employers, p.EmployerId))).ToList())
                    : null,
                Sees(DataCategory.EmploymentDetail, "enrollments")
                    ? enrollments[id].Select(e =>
                    {
                        var project = projects.GetValueOrDefault(e.ProjectCode);
                        return new DetailEnrollment(project is null ? null : new NameOnly(project.Name), Named(agencies, e.ReferredBy),
                            e.Steps.Select(order => new NullableName(project?.Steps.FirstOrDefault(s => s.Order == order)?.Name)).ToList());
                    }).ToList()
                    : null,
                Sees(DataCategory.SocialDetail, "social")
                    ? new DetailSocial(
                        actionPlans[id].LastOrDefault() is { } actionPlan ? new PurposeOnly(actionPlan.Purpose) : null,
                        socialGoals[id].Select(g => new TextOnly(g.Text)).ToList(),
                        services[id].Select(s => new DetailService(ConstantCase<SocialServiceKind>.Of(s.Kind), Named(agencies, s.ProviderCode))).ToList(),
                        treatments[id].Select(t => new SubstanceOnly(t.Substance)).ToList())
                    : null,
                Sees(DataCategory.HealthDetail, "health")
                    ? new DetailHealth(episodes[id].Select(e => new KindTitle(ConstantCase<HealthEpisodeKind>.Of(e.Kind), e.Title)).ToList())
                    : null,
                Sees(DataCategory.YouthDetail, "youth")
                    ? new DetailYouth(educations[id].Select(e => new ProgrammeOnly(e.Programme)).ToList(),
                        transitions[id].LastOrDefault() is { } transition ? new SummaryOnly(transition.Summary) : null)
                    : null,
                new DetailCombined(
                    rows.Select(r => new DateTitle(r.Date, r.Title)).ToList(),
                    PlanRows.Involved(citizenContacts.Select(a => a.Assignment.DepartmentCode), rows.Select(r => r.Department)).Select(d =>
                    {
                        var contact = citizenContacts.FirstOrDefault(a => a.Assignment.DepartmentCode == d);
                        return new DetailPlanDepartment(d, decisions[(id, Departments.DetailOf[d])].Allowed,
                            contact is null ? null : new DetailPlanContact(NameOf(contact.EmployeeName)));
                    }).ToList()));
            edges.Add(new Edge<DetailCitizen>(node));
        }
        errors.AddRange(unitErrors);

        if (!await BaselineHttp.AuditAsync(http, access, correlationId, Operation))
            return;
        await BaselineHttp.WriteAsync(http, 200,
            new Envelope<DetailPageData>(errors.Count > 0 ? errors : null, new DetailPageData(new DetailPage(edges)), errors.Count > 0 ? new(correlationId) : null),
            BaselineJson.Default.EnvelopeDetailPageData);
    }
}
