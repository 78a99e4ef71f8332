namespace JobMatch.Graph.Access;

/// <summary>The kinds of personal data a field can carry; the access table is written in these terms.</summary>
public enum DataCategory
{
    /// <summary>Name, birth date and district: who the citizen is.</summary>
    Identity,
    /// <summary>
    /// Which departments work with the citizen, their contact persons, and the citizen's consents: what the involved
    /// departments need to coordinate. That a department is involved can itself be telling, so a look-up does not open it.
    /// </summary>
    Involvement,
    /// <summary>The CPR number.</summary>
    CprNumber,
    /// <summary>Address, phone and e-mail.</summary>
    ContactInfo,
    /// <summary>Whether the citizen is employed, in what kind of job, how many hours and since when.</summary>
    EmploymentSummary,
    /// <summary>BIF's case: target group, benefits, job plan, placements and project enrolments.</summary>
    EmploymentDetail,
    /// <summary>SOF's case: the social action plan (§141), services and substance-abuse treatment.</summary>
    SocialDetail,
    /// <summary>SUF's case: health and care (special-category data, GDPR art. 9).</summary>
    HealthDetail,
    /// <summary>BUF's case: education and the transition plan to adult services.</summary>
    YouthDetail,
    /// <summary>
    /// That a young person's case is moving from BUF to the adult departments: who (name, birth date), the handover's
    /// dates and state, the receiving departments and whom to call. BUF's, shared with the departments the
    /// transition plan names as receiving; the plan's content stays <see cref="YouthDetail"/>.
    /// </summary>
    Handover,
    /// <summary>The access log.</summary>
    Audit,
    /// <summary>Aggregates over many citizens (outcomes of projects), never a person.</summary>
    Statistics,
    /// <summary>
    /// The staff directory, about no citizen: the departments' offers, the shared procedures and the units' standing
    /// contacts, with their contact persons' work details. For colleagues in every department, not for the public.
    /// </summary>
    Directory,
    /// <summary>
    /// Not a row of the table: the detail category of the department a record belongs to (a contact person's
    /// unit and title, an employee's caseload), resolved per record before the table is read.
    /// </summary>
    DepartmentDetail,
}
