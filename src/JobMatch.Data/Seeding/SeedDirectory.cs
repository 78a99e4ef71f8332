using JobMatch.Data.Registry;

namespace JobMatch.Data.Seeding;

/// <summary>Look-ups over the reference data that the citizen records point at: units, contact persons, employers.</summary>
internal sealed class SeedDirectory
{
    private readonly Dictionary<string, Agency> agencies;
    private readonly Dictionary<string, Employee[]> employeesByUnit;
    private readonly Dictionary<string, Employee[]> employeesByDepartment;
    private readonly Dictionary<Guid, Employee> employeesById;
    private readonly Dictionary<string, Employer[]> employersByIndustry;

    public SeedDirectory(SeedSet set)
    {
        agencies = set.Agencies.ToDictionary(a => a.Code);
        employeesByUnit = set.Employees.GroupBy(e => e.UnitCode).ToDictionary(g => g.Key, g => g.ToArray());
        employeesByDepartment = set.Employees.GroupBy(e => e.DepartmentCode).ToDictionary(g => g.Key, g => g.ToArray());
        employeesById = set.Employees.ToDictionary(e => e.Id);
        employersByIndustry = set.Employers.GroupBy(e => e.Industry).ToDictionary(g => g.Key, g => g.ToArray());
        Employers = set.Employers;
    }

    public IReadOnlyList<Employer> Employers { get; }

    public string NameOf(string agencyCode) => agencies[agencyCode].Name;

    public string? DepartmentOf(string agencyCode) => agencies[agencyCode].DepartmentCode;

    public Employee Employee(Guid id) => employeesById[id];

    /// <summary>A contact person from the unit that handles the citizen, or anyone in the department if the unit has nobody.</summary>
    public Employee ContactIn(string department, string? unit, SeedRandom random) =>
        random.Pick(unit is not null && employeesByUnit.TryGetValue(unit, out var inUnit) && inUnit[0].DepartmentCode == department
            ? inUnit
            : employeesByDepartment[department]);

    public Employer EmployerIn(string industry, SeedRandom random) => random.Pick(employersByIndustry[industry]);

    public Employer EmployerNamed(string name) => Employers.First(e => e.Name == name);

    public Employer AnyEmployer(SeedRandom random) => random.Pick(Employers);

    /// <summary>KLAPjob's own examples: cars, gardens, supermarket shelves, cows.</summary>
    public Employer KlapEmployer(SeedRandom random) => EmployerIn(
        random.OneOf(SeedEmployers.Supermarket, SeedEmployers.Gardening, SeedEmployers.CarPrep, SeedEmployers.Farm), random);
}
