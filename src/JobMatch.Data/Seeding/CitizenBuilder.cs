using JobMatch.Data.Employment;
using JobMatch.Data.Health;
using JobMatch.Data.Registry;
using JobMatch.Data.Social;
using JobMatch.Data.Youth;
using static JobMatch.Data.Seeding.SeedAgencies;
using static JobMatch.Data.Seeding.SeedEmploymentReference;

namespace JobMatch.Data.Seeding;

/// <summary>
/// Adds one citizen's records to every source and remembers which departments were involved and when, so that
/// the citizen gets a contact person in each of them (and, for generated citizens, perhaps a consent) at the end.
/// </summary>
internal sealed partial class CitizenBuilder(SeedSet set, SeedRandom random, SeedDirectory directory, Citizen citizen)
{
    private static readonly DateOnly KontanthjaelpsreformDate = new(2014, 1, 1);
    private static readonly DateOnly MatchGroupsFrom = new(2010, 1, 1);

    private readonly List<Involvement> involvements = [];

    public Citizen Citizen => citizen;

    public DateOnly AtAge(int years, int months = 0) => citizen.BirthDate.AddYears(years).AddMonths(months);

    public int Age
    {
        get
        {
            var age = SeedClock.Today.Year - citizen.BirthDate.Year;
            return citizen.BirthDate.AddYears(age) > SeedClock.Today ? age - 1 : age;
        }
    }

    // ---- Employment (BIF) ----

    /// <summary>
    /// Records a target group period, splitting it where the groups themselves change: before 2014 the citizen was
    /// in a matchgruppe, and an open period in a group the reform retires moves to its successor on 2027-01-01.
    /// </summary>
    public void TargetGroup(string code, DateOnly from, DateOnly? to = null, string? unit = null)
    {
        Touch(Bif, unit, from, to);
        if (from < KontanthjaelpsreformDate && code is Jobparat or Aktivitetsparat or Uddannelsesparat or UngAktivitetsparat)
        {
            var matchGroup = code is Jobparat or Uddannelsesparat ? Match1 : Match2;
            if (to is null || to >= KontanthjaelpsreformDate)
            {
                AddTargetGroup(matchGroup, SeedClock.Max(from, MatchGroupsFrom), KontanthjaelpsreformDate.AddDays(-1));
                from = KontanthjaelpsreformDate;
            }
            else
            {
                AddTargetGroup(matchGroup, SeedClock.Max(from, MatchGroupsFrom), to);
                return;
            }
        }
        if (SuccessorOf(code) is { } successor && (to is null || to > LastDayBeforeReform))
        {
            AddTargetGroup(code, from, LastDayBeforeReform);
            AddTargetGroup(successor, ReformDate, to);
        }
        else
            AddTargetGroup(code, from, to);
    }

    public void Benefit(string code, DateOnly from, DateOnly? to = null)
    {
        Touch(Bif, null, from, to);
        if (code == BenefitUddannelseshjaelp && from < KontanthjaelpsreformDate)
        {
            AddBenefit(BenefitKontanthjaelp, from, to is { } end && end < KontanthjaelpsreformDate ? end : KontanthjaelpsreformDate.AddDays(-1));
            if (to is { } e && e < KontanthjaelpsreformDate)
                return;
            from = KontanthjaelpsreformDate;
        }
        if (SuccessorBenefitOf(code) is { } successor && (to is null || to > LastDayBeforeReform))
        {
            AddBenefit(code, from, LastDayBeforeReform);
            AddBenefit(successor, ReformDate, to);
        }
        else
            AddBenefit(code, from, to);
    }

    public void JobGoal(string text, DateOnly setOn, DateOnly? targetDate, PlanStatus? status = null)
    {
        Touch(Bif, null, setOn, GoalEnd(targetDate, status));
        set.JobGoals.Add(new JobGoal
        {
            Id = random.NextGuid(),
            CitizenId = citizen.Id,
            Text = text,
            SetOn = setOn,
            TargetDate = targetDate,
            Status = status ?? GoalStatus(setOn, targetDate),
        });
    }

    public void JobActivity(string title, string provider, DateOnly from, DateOnly? to, PlanStatus? status = null)
    {
        Touch(Bif, null, from, to);
        set.JobActivities.Add(new JobActivity
        {
            Id = random.NextGuid(),
            CitizenId = citizen.Id,
            Title = title,
            Provider = provider,
            From = from,
            To = to,
            Status = status ?? SeedClock.StatusOf(from, to),
        });
    }

    public Placement Placement(PlacementKind kind, Employer employer, DateOnly from, DateOnly? to, decimal hoursPerWeek, PlanStatus? status = null)
    {
        Touch(Bif, null, from, to);
        var placement = new Placement
        {
            Id = random.NextGuid(),
            CitizenId = citizen.Id,
            Kind = kind,
            EmployerId = employer.Id,
            From = from,
            To = to,
            HoursPerWeek = hoursPerWeek,
            Status = status ?? SeedClock.StatusOf(from, to),
        };
        set.Placements.Add(placement);
        return placement;
    }

    /// <summary>Enrols the citizen in a project; <paramref name="steps"/> are the steps reached, in order, each with its start and completion.</summary>
    public void Enroll(string project, string referredBy, DateOnly enrolledOn, IReadOnlyList<(DateOnly Started, DateOnly? Completed)> steps, DateOnly? endedOn, PlanStatus? status = null)
    {
        Touch(Bif, null, enrolledOn, endedOn);
        var enrollment = new Enrollment
        {
            Id = random.NextGuid(),
            CitizenId = citizen.Id,
            ProjectCode = project,
            ReferredBy = referredBy,
            EnrolledOn = enrolledOn,
            EndedOn = endedOn,
            Status = status ?? SeedClock.StatusOf(enrolledOn, endedOn),
        };
        set.Enrollments.Add(enrollment);
        for (var i = 0; i < steps.Count; i++)
        {
            set.EnrollmentSteps.Add(new EnrollmentStep
            {
                Id = random.NextGuid(),
                EnrollmentId = enrollment.Id,
                StepOrder = i + 1,
                StartedOn = steps[i].Started,
                CompletedOn = steps[i].Completed,
            });
        }
    }

    // ---- Social (SOF) ----

    public void ActionPlan(string purpose, DateOnly createdOn, DateOnly? nextReviewOn, string? unit = null)
    {
        Touch(Sof, unit, createdOn, nextReviewOn is { } review && review >= SeedClock.Today ? null : nextReviewOn ?? createdOn);
        set.ActionPlans.Add(new SocialActionPlan { Id = random.NextGuid(), CitizenId = citizen.Id, Purpose = purpose, CreatedOn = createdOn, NextReviewOn = nextReviewOn });
    }

    public void SocialGoal(string area, string text, DateOnly setOn, DateOnly? targetDate, PlanStatus? status = null)
    {
        Touch(Sof, null, setOn, GoalEnd(targetDate, status));
        set.SocialGoals.Add(new SocialGoal
        {
            Id = random.NextGuid(),
            CitizenId = citizen.Id,
            Area = area,
            Text = text,
            SetOn = setOn,
            TargetDate = targetDate,
            Status = status ?? GoalStatus(setOn, targetDate),
        });
    }

    public void SocialService(SocialServiceKind kind, string title, string provider, DateOnly from, DateOnly? to, decimal? hoursPerWeek)
    {
        Touch(Sof, provider, from, to);
        set.SocialServices.Add(new SocialService
        {
            Id = random.NextGuid(),
            CitizenId = citizen.Id,
            Kind = kind,
            Title = title,
            ProviderCode = provider,
            From = from,
            To = to,
            HoursPerWeek = hoursPerWeek,
            Status = SeedClock.StatusOf(from, to),
        });
    }

    public void SubstanceTreatment(string substance, string form, DateOnly from, DateOnly? to, PlanStatus? status = null)
    {
        Touch(Sof, Rusmiddelcenter, from, to);
        set.SubstanceTreatments.Add(new SubstanceTreatment
        {
            Id = random.NextGuid(),
            CitizenId = citizen.Id,
            Substance = substance,
            Form = form,
            From = from,
            To = to,
            Status = status ?? SeedClock.StatusOf(from, to),
        });
    }

    // ---- Health (SUF) ----

    public void HealthEpisode(HealthEpisodeKind kind, string title, string unit, DateOnly from, DateOnly? to, PlanStatus? status = null)
    {
        Touch(Suf, unit, from, to);
        set.HealthEpisodes.Add(new HealthEpisode
        {
            Id = random.NextGuid(),
            CitizenId = citizen.Id,
            Kind = kind,
            Title = title,
            Provider = directory.NameOf(unit),
            From = from,
            To = to,
            Status = status ?? SeedClock.StatusOf(from, to),
        });
    }

    // ---- Youth (BUF) ----

    public void Education(string programme, string institution, DateOnly from, DateOnly? expectedEnd, PlanStatus? status = null)
    {
        Touch(Buf, programme == "STU" ? StuKobenhavn : UuKobenhavn, from, expectedEnd);
        set.Educations.Add(new YouthEducation
        {
            Id = random.NextGuid(),
            CitizenId = citizen.Id,
            Programme = programme,
            Institution = institution,
            From = from,
            ExpectedEnd = expectedEnd,
            Status = status ?? SeedClock.StatusOf(from, expectedEnd),
        });
    }

    /// <summary>
    /// A generated plan: agreed three weeks to six months after it started, and handed over on the planned day or
    /// up to six weeks later; a date after the seed's today has not happened yet. Drawn from the citizen's own
    /// stream, so the rest of the data set is the same with or without these dates.
    /// </summary>
    public void TransitionPlan(DateOnly startedOn, DateOnly plannedTransferOn, string receivingDepartments, string summary)
    {
        var own = new SeedRandom(BitConverter.ToInt32(citizen.Id.ToByteArray(), 0));
        var agreed = startedOn.AddDays(own.Next(20, 180));
        var handedOver = plannedTransferOn.AddDays(own.Chance(0.2) ? own.Next(1, 45) : 0);
        TransitionPlan(startedOn, plannedTransferOn, receivingDepartments, summary,
            agreed <= SeedClock.Today ? agreed : null, handedOver <= SeedClock.Today ? handedOver : null);
    }

    /// <summary>A plan with its own dates: BUF holds the case until it is handed over (or, planned, until the transfer day).</summary>
    public void TransitionPlan(DateOnly startedOn, DateOnly plannedTransferOn, string receivingDepartments, string summary, DateOnly? agreedOn, DateOnly? handedOverOn)
    {
        Touch(Buf, StuKobenhavn, startedOn, handedOverOn ?? (plannedTransferOn >= SeedClock.Today ? plannedTransferOn : null));
        set.TransitionPlans.Add(new TransitionPlan
        {
            Id = random.NextGuid(),
            CitizenId = citizen.Id,
            StartedOn = startedOn,
            PlannedTransferOn = plannedTransferOn,
            ReceivingDepartments = receivingDepartments,
            Summary = summary,
            Status = SeedClock.StatusOf(startedOn, plannedTransferOn),
            AgreedOn = agreedOn,
            HandedOverOn = handedOverOn,
        });
    }

    private void AddTargetGroup(string code, DateOnly from, DateOnly? to) =>
        set.TargetGroupPeriods.Add(new TargetGroupPeriod { Id = random.NextGuid(), CitizenId = citizen.Id, TargetGroupCode = code, From = from, To = to });

    private void AddBenefit(string code, DateOnly from, DateOnly? to) =>
        set.BenefitPeriods.Add(new BenefitPeriod { Id = random.NextGuid(), CitizenId = citizen.Id, BenefitCode = code, From = from, To = to });

    private static PlanStatus GoalStatus(DateOnly setOn, DateOnly? targetDate) =>
        setOn > SeedClock.Today ? PlanStatus.Planned
        : targetDate is { } target && target < SeedClock.Today ? PlanStatus.Completed
        : PlanStatus.Active;

    // A goal that is still being worked on keeps its department involved, whatever its target date says.
    private static DateOnly? GoalEnd(DateOnly? targetDate, PlanStatus? status) =>
        status is PlanStatus.Active or PlanStatus.Planned ? null : targetDate;
}
