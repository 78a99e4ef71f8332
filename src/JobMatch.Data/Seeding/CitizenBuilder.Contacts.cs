using JobMatch.Data.Registry;
using static JobMatch.Data.Seeding.SeedAgencies;

namespace JobMatch.Data.Seeding;

internal sealed partial class CitizenBuilder
{
    private const string ConsentLegalBasis = "Samtykke (databeskyttelsesforordningen art. 6, stk. 1, litra a, og art. 9, stk. 2, litra a)";
    private const string MinorConsentLegalBasis = "Samtykke fra den unge og forældremyndighedens indehaver";

    /// <summary>A department's part in the citizen's life: from its first record to its last, or still open.</summary>
    private sealed class Involvement(string department)
    {
        public string Department { get; } = department;
        public string? Unit { get; set; }
        public Guid? Contact { get; set; }
        public DateOnly First { get; set; } = DateOnly.MaxValue;
        public DateOnly Last { get; set; } = DateOnly.MinValue;
        public bool Open { get; set; }
    }

    /// <summary>Names the unit whose staff should be the citizen's contact in its department (the first unit named wins).</summary>
    public void HandledBy(string unit)
    {
        InvolvementIn(directory.DepartmentOf(unit)!).Unit ??= unit;
    }

    /// <summary>Makes a given employee the contact person in their department, as the showcase citizens need.</summary>
    public void ContactPerson(Guid employeeId) => InvolvementIn(directory.Employee(employeeId).DepartmentCode).Contact = employeeId;

    public void Consent(string sharing, string receiving, string categories, string purpose, DateOnly validFrom, DateOnly? validTo, DateTime? revokedAt = null) =>
        set.Consents.Add(new Consent
        {
            Id = random.NextGuid(),
            CitizenId = citizen.Id,
            SharingDepartment = sharing,
            ReceivingDepartment = receiving,
            Categories = categories,
            Purpose = purpose,
            LegalBasis = validFrom < AtAge(18) ? MinorConsentLegalBasis : ConsentLegalBasis,
            ValidFrom = validFrom,
            ValidTo = validTo,
            RevokedAt = revokedAt,
            RecordedAt = validFrom.ToDateTime(new TimeOnly(10, 15), DateTimeKind.Utc),
            ConfirmedAt = validFrom.ToDateTime(new TimeOnly(10, 15), DateTimeKind.Utc),
            RecordedBy = $"seed:{sharing}",
        });

    /// <summary>Adds a contact assignment per involved department and, if asked, a consent between two of them.</summary>
    public void Finish(bool drawConsent)
    {
        foreach (var involvement in involvements)
        {
            // A unit named in advance for a department the profile then left out gets no contact person.
            if (involvement.First == DateOnly.MaxValue)
            {
                if (involvement.Contact is not null)
                    throw new InvalidOperationException($"Citizen {citizen.Id} has a contact person in {involvement.Department} but no records there.");
                continue;
            }
            var employee = involvement.Contact is { } id ? directory.Employee(id) : directory.ContactIn(involvement.Department, involvement.Unit, random);
            set.ContactAssignments.Add(new ContactAssignment
            {
                Id = random.NextGuid(),
                CitizenId = citizen.Id,
                CitizenBirthDate = citizen.BirthDate,
                EmployeeId = employee.Id,
                DepartmentCode = involvement.Department,
                Responsibility = employee.Title,
                From = involvement.First,
                To = involvement.Open ? null : involvement.Last,
            });
        }
        involvements.RemoveAll(i => i.First == DateOnly.MaxValue);
        if (drawConsent && involvements.Count >= 2 && random.Chance(0.45))
            DrawConsent();
    }

    private void DrawConsent()
    {
        var sharing = random.Pick(involvements);
        var receiving = random.Pick(involvements.Where(i => i != sharing).ToArray());
        var from = SeedClock.Max(sharing.First, receiving.First).AddDays(random.Next(7, 90));
        if (from > SeedClock.Today)
            return;
        var to = from.AddYears(2);
        DateTime? revoked = random.Chance(0.06)
            ? random.Date(from, SeedClock.Min(to, SeedClock.Today)).ToDateTime(new TimeOnly(13, 30), DateTimeKind.Utc)
            : null;
        Consent(sharing.Department, receiving.Department, CategoryOf(sharing.Department), PurposeOf(sharing.Department, receiving.Department), from, to, revoked);
    }

    private static string CategoryOf(string department) => department switch
    {
        Bif => "EmploymentDetail",
        Sof => "SocialDetail",
        Suf => "HealthDetail",
        _ => "YouthDetail",
    };

    /// <summary>The purpose code of the vocabulary (JobMatch:Purposes) a consent between two departments is given for.</summary>
    private static string PurposeOf(string sharing, string receiving) => (sharing, receiving) switch
    {
        (Sof, Bif) => "COORDINATED_PLAN",
        (Suf, Bif) => "WORK_ABILITY",
        (Bif, Sof) => "JOB_RETENTION",
        (Suf, Sof) => "WORK_ABILITY",
        (Buf, _) => "YOUTH_TRANSITION",
        _ => "COORDINATED_PLAN",
    };

    private Involvement InvolvementIn(string department)
    {
        foreach (var involvement in involvements)
        {
            if (involvement.Department == department)
                return involvement;
        }
        var added = new Involvement(department);
        involvements.Add(added);
        return added;
    }

    private void Touch(string department, string? unit, DateOnly from, DateOnly? to)
    {
        var involvement = InvolvementIn(department);
        if (unit is not null && directory.DepartmentOf(unit) == department)
            involvement.Unit ??= unit;
        if (from < involvement.First)
            involvement.First = from;
        if (to is not { } end || end >= SeedClock.Today)
            involvement.Open = true;
        else if (end > involvement.Last)
            involvement.Last = end;
    }
}
