using GraphQL;
using GraphQL.Types;
using JobMatch.Data;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Employment;
using JobMatch.Graph.Http;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Schema;
using JobMatch.Graph.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Projects;

/// <summary>
/// Project enrolments, which BIF holds for every project (LEV's KLAPjob too), and KLAPjob's four steps: only the next
/// step is allowed, each is dated no earlier than the one before, the interview names a consultant, and the
/// internship and the hiring come with a placement at a Registry employer (hiring in a flex or wage-subsidy job only).
/// </summary>
public static class EnrollmentMutations
{
    public const string KlapJob = "KLAPJOB";
    private const DataCategory Category = DataCategory.EmploymentDetail;

    public static void AddEnrollmentMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<EnrollmentGraphType, EnrollInProjectInputGraphType>("enrollInProject", "enrollment", Category,
            "Enrols a citizen in a project (BIF, while involved); a retry with the same idempotency key returns the first enrolment.",
            ctx =>
            {
                var input = ctx.GetArgument<EnrollInProjectInput>("input");
                return WriteDoor.CreateAsync<EmploymentContext>(ctx, Category, input.CitizenId, input.IdempotencyKey, "PROJECT_ENROLLED", ReadEnrollment, async scope =>
                {
                    var citizen = JobPlanMutations.CitizenOf(input.CitizenId);
                    var on = input.EnrolledOn ?? scope.Today;
                    var (project, referrer) = await ProjectAndReferrerAsync(scope.Field, input.ProjectCode, input.ReferredBy);
                    var checks = new Checks()
                        .When(project is null, $"No project has the code '{input.ProjectCode}' (see projects).", "projectCode")
                        .When(referrer is null, $"No agency has the code '{input.ReferredBy}' (see agencies).", "referredBy");
                    if (project is not null)
                        checks.When(on < project.StartDate || (project.EndDate is { } end && on > end), $"{project.Name} runs {project.StartDate:yyyy-MM-dd} to {(project.EndDate is { } e ? e.ToString("yyyy-MM-dd") : "today")}; enrolledOn is outside it.", "enrolledOn");
                    checks.ThrowIfAny();
                    if (await scope.Db.Enrollments.AsNoTracking().FirstOrDefaultAsync(e => e.CitizenId == citizen && e.ProjectCode == project!.Code && e.EndedOn == null && e.Status != PlanStatus.Cancelled, scope.CancellationToken) is { } open)
                        throw new WriteRefused(new Conflict($"The citizen is already enrolled in {project!.Name} (enrolment {GlobalId.Of(NodeTypes.Enrollment, open.Id)}).", open.Version));
                    var enrollment = new Enrollment { Id = Guid.NewGuid(), CitizenId = citizen, ProjectCode = project!.Code, ReferredBy = referrer!, EnrolledOn = on, Status = PlanStatus.Active, Version = 1 };
                    scope.Db.Enrollments.Add(enrollment);
                    return enrollment;
                });
            });

        mutation.Mutation<EnrollmentGraphType, AdvanceKlapJobInputGraphType>("advanceKlapJob", "enrollment", Category,
            "Takes the next of KLAPjob's four steps for an enrolment, dated: apply → interview with a consultant → unpaid internship → hired in a flex or wage-subsidy job. Any other order is a StepOutOfOrderError.",
            ctx =>
            {
                var input = ctx.GetArgument<AdvanceKlapJobInput>("input");
                return WriteDoor.ChangeAsync<EmploymentContext, Enrollment>(ctx, Category, NodeTypes.Enrollment, input.EnrollmentId, input.Version, "KLAPJOB_" + input.Step.ToString().ToUpperInvariant(), LoadEnrollment,
                    (scope, enrollment) => AdvanceAsync(scope, enrollment, input));
            }, typeof(StepOutOfOrderErrorGraphType), typeof(UnknownEmployerErrorGraphType), typeof(EndBeforeStartErrorGraphType));
    }

    private static async Task AdvanceAsync(WriteScope<EmploymentContext> scope, Enrollment enrollment, AdvanceKlapJobInput input)
    {
        if (enrollment.ProjectCode != KlapJob)
            throw new WriteRefused(new InvalidInput($"The enrolment is in {enrollment.ProjectCode}, not KLAPjob: only KLAPjob's steps are taken here.", ["input", "enrollmentId"]));
        if (enrollment.EndedOn is not null || enrollment.Status == PlanStatus.Cancelled)
            throw new WriteRefused(new InvalidInput("The enrolment has ended: enrol the citizen again to start over.", ["input", "enrollmentId"]));
        var reached = enrollment.Steps.OrderBy(s => s.StepOrder).LastOrDefault();
        var current = reached is null ? (KlapJobStep?)null : (KlapJobStep)reached.StepOrder;
        var next = (int)(current ?? 0) + 1;
        if ((int)input.Step != next)
            throw new WriteRefused(new StepOutOfOrder(
                current is null ? $"The first step is {KlapJobStep.Applied}; {input.Step} cannot come before it." : next > (int)KlapJobStep.Hired
                    ? $"The citizen is already {current}: KLAPjob has no step after it." : $"After {current} the next step is {(KlapJobStep)next}, not {input.Step}.",
                current, input.Step, next > (int)KlapJobStep.Hired ? [] : [(KlapJobStep)next]));
        var earliest = reached?.StartedOn ?? enrollment.EnrolledOn;
        var checks = new Checks().When(input.On < earliest, $"on ({input.On:yyyy-MM-dd}) is before the {(reached is null ? "enrolment" : "previous step")} ({earliest:yyyy-MM-dd}): each step follows the one before.", "on");
        if (input.Step == KlapJobStep.Interviewed)
            checks.When(!Guid.TryParse(input.ConsultantId, out _), "consultantId is required for the interview: the id of the KLAPjob consultant (a contact person's id).", "consultantId");
        if (input.Step is KlapJobStep.Internship or KlapJobStep.Hired)
        {
            checks.When(input.EmployerId is null, $"employerId is required for the {input.Step.ToString().ToLowerInvariant()}: the employer (from the Registry).", "employerId");
            checks.Hours(input.HoursPerWeek, "hoursPerWeek", required: true);
        }
        if (input.Step == KlapJobStep.Hired)
            checks.When(input.Kind is not (PlacementKind.FlexJob or PlacementKind.WageSubsidy), "kind is required for hiring and is FLEX_JOB or WAGE_SUBSIDY: KLAPjob hires in a fleksjob or a løntilskudsjob.", "kind");
        checks.ThrowIfAny();

        var step = new EnrollmentStep { Id = Guid.NewGuid(), EnrollmentId = enrollment.Id, StepOrder = next, StartedOn = input.On };
        if (input.Step == KlapJobStep.Interviewed)
            step.EmployeeId = await ConsultantAsync(scope.Field, Guid.Parse(input.ConsultantId!));
        if (input.Step is KlapJobStep.Internship or KlapJobStep.Hired)
        {
            var employer = await PlacementMutations.EmployerAsync(scope.Field, input.EmployerId, "employerId");
            if (input.Step == KlapJobStep.Hired && reached?.PlacementId is { } internshipId
                && await scope.Db.Placements.FirstOrDefaultAsync(p => p.Id == internshipId, scope.CancellationToken) is { } internship && (internship.To is null || internship.To >= input.On))
            {
                // The internship ends the day before the job starts; its version moves with it.
                scope.Db.Attach(internship);
                internship.To = input.On.AddDays(-1) < internship.From ? internship.From : input.On.AddDays(-1);
                internship.Version++;
                scope.Announce(internship, "PLACEMENT_ENDED", null);
            }
            var kind = input.Step == KlapJobStep.Hired ? input.Kind!.Value : PlacementKind.Internship;
            var placement = PlacementMutations.Register(scope, enrollment.CitizenId, kind, employer, input.HoursPerWeek!.Value, input.On, null);
            scope.Announce(placement, "PLACEMENT_REGISTERED", null);
            step.PlacementId = placement.Id;
        }
        if (reached is not null)
        {
            scope.Db.Attach(reached);
            reached.CompletedOn = input.On;
        }
        scope.Db.EnrollmentSteps.Add(step);
        // The step is also a dated activity of the job plan, so it shows on the combined plan beside the placements.
        scope.Db.JobActivities.Add(new JobActivity
        {
            Id = Guid.NewGuid(),
            CitizenId = enrollment.CitizenId,
            Title = "KLAPjob: " + StepNames[input.Step],
            Provider = "LEV",
            From = input.On,
            To = input.On,
            Status = PlanStatus.Active,
            Version = 1,
        });
    }

    /// <summary>The steps' names as the Registry's project has them.</summary>
    private static readonly IReadOnlyDictionary<KlapJobStep, string> StepNames = new Dictionary<KlapJobStep, string>
    {
        [KlapJobStep.Applied] = "Ansøgning",
        [KlapJobStep.Interviewed] = "Samtale med KLAPjob-konsulent",
        [KlapJobStep.Internship] = "Ulønnet virksomhedspraktik",
        [KlapJobStep.Hired] = "Ansættelse i fleks- eller løntilskudsjob",
    };

    /// <summary>The interview's consultant: an employee of BIF in the Registry.</summary>
    private static async Task<Guid> ConsultantAsync(IResolveFieldContext ctx, Guid id)
    {
        try
        {
            await using var registry = await ctx.RequestServices!.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ctx.CancellationToken);
            var employee = await registry.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ctx.CancellationToken);
            if (employee is null || employee.DepartmentCode != Departments.Employment)
                throw new WriteRefused(new NotFound("No consultant of BIF has this id (see contactPersons(department: BIF)).", id.ToString()));
            return employee.Id;
        }
        catch (Exception e) when (SourceUnavailableError.IsOutage(e))
        {
            throw new SourceUnavailableError(Source.Registry, e);
        }
    }

    private static async Task<(Project? Project, string? Referrer)> ProjectAndReferrerAsync(IResolveFieldContext ctx, string? projectCode, string? referredBy)
    {
        try
        {
            await using var registry = await ctx.RequestServices!.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ctx.CancellationToken);
            var project = await registry.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Code == projectCode, ctx.CancellationToken);
            var referrer = await registry.Agencies.AsNoTracking().Where(a => a.Code == referredBy).Select(a => a.Code).FirstOrDefaultAsync(ctx.CancellationToken);
            return (project, referrer);
        }
        catch (Exception e) when (SourceUnavailableError.IsOutage(e))
        {
            throw new SourceUnavailableError(Source.Registry, e);
        }
    }

    private static async Task<object?> ReadEnrollment(EmploymentContext db, Guid id, CancellationToken ct) => await LoadEnrollment(db, id, ct);

    private static Task<Enrollment?> LoadEnrollment(EmploymentContext db, Guid id, CancellationToken ct) =>
        db.Enrollments.AsNoTracking().Include(e => e.Steps).FirstOrDefaultAsync(e => e.Id == id, ct);
}

/// <summary>An enrolment to make.</summary>
public sealed class EnrollInProjectInput
{
    public string? CitizenId { get; set; }
    public string? ProjectCode { get; set; }
    public string? ReferredBy { get; set; }
    public DateOnly? EnrolledOn { get; set; }
    public string? IdempotencyKey { get; set; }
}

public sealed class EnrollInProjectInputGraphType : InputObjectGraphType<EnrollInProjectInput>
{
    public EnrollInProjectInputGraphType()
    {
        Name = "EnrollInProjectInput";
        Description = "A citizen's enrolment in a project.";
        Field<NonNullGraphType<IdGraphType>>("citizenId").Description("The citizen.");
        Field<NonNullGraphType<StringGraphType>>("projectCode").Description("The project's code, e.g. KLAPJOB.");
        Field<NonNullGraphType<StringGraphType>>("referredBy").Description("The referring agency's code, e.g. a jobcenter or SOF's Jobshop.");
        Field(i => i.EnrolledOn, type: typeof(Schema.DateGraphType)).Description("The day of enrolment; today if omitted.");
        Field<StringGraphType>("idempotencyKey").Description("A key the client chooses once for this enrolment: a retry with it answers with the first.");
    }
}

/// <summary>KLAPjob's next step.</summary>
public sealed class AdvanceKlapJobInput
{
    public string? EnrollmentId { get; set; }
    public int? Version { get; set; }
    public KlapJobStep Step { get; set; }
    public DateOnly On { get; set; }
    public string? ConsultantId { get; set; }
    public string? EmployerId { get; set; }
    public PlacementKind? Kind { get; set; }
    public double? HoursPerWeek { get; set; }
}

public sealed class AdvanceKlapJobInputGraphType : InputObjectGraphType<AdvanceKlapJobInput>
{
    public AdvanceKlapJobInputGraphType()
    {
        Name = "AdvanceKlapJobInput";
        Description = "The next KLAPjob step for an enrolment, with what that step needs.";
        Field<NonNullGraphType<IdGraphType>>("enrollmentId").Description("The KLAPjob enrolment's global id.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The enrolment's version as read.");
        Field(i => i.Step, type: typeof(NonNullGraphType<KlapJobStepGraphType>)).Description("The step: the one after the step reached.");
        Field(i => i.On, type: typeof(NonNullGraphType<Schema.DateGraphType>)).Description("The step's day: not before the previous step's.");
        Field<IdGraphType>("consultantId").Description("INTERVIEWED: the KLAPjob consultant (a BIF contact person's id).");
        Field<IdGraphType>("employerId").Description("INTERNSHIP and HIRED: the employer's global id.");
        Field(i => i.Kind, type: typeof(PlacementKindGraphType)).Description("HIRED: FLEX_JOB or WAGE_SUBSIDY.");
        Field<FloatGraphType>("hoursPerWeek").Description("INTERNSHIP and HIRED: hours per week.");
    }
}
