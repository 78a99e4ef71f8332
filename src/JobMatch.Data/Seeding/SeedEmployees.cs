using JobMatch.Data.Registry;
using static JobMatch.Data.Seeding.SeedAgencies;

namespace JobMatch.Data.Seeding;

/// <summary>The departments' contact persons: the four demo caseworkers and about 55 colleagues spread over the units.</summary>
internal static class SeedEmployees
{
    private static readonly (string Unit, string Department, string[] Titles)[] Staffing =
    [
        (JobcenterUnge, Bif, ["Jobkonsulent", "Virksomhedskonsulent", "Uddannelseskoordinator", "Sagsbehandler"]),
        (JobcenterFastholdelse, Bif, ["Sagsbehandler", "Jobkonsulent", "Virksomhedskonsulent", "Rehabiliteringskoordinator"]),
        (JobcenterJobindsats, Bif, ["Sagsbehandler", "Jobkonsulent", "Mentor", "Virksomhedskonsulent", "Socialrådgiver"]),
        (JobcenterArbejdsmarked, Bif, ["Jobkonsulent", "Virksomhedskonsulent", "Jobformidler"]),
        (SpecialindsatsHandicap, Bif, ["Specialkonsulent, handicap", "Specialkonsulent, handicap", "Virksomhedskonsulent"]),
        (BorgercenterVoksne, Sof, ["Socialrådgiver", "Socialrådgiver", "Sagsbehandler"]),
        (Handicapcenter, Sof, ["Socialrådgiver", "Hjemmevejleder", "Sagsbehandler"]),
        (Jobshop, Sof, ["Jobkonsulent", "Jobkonsulent"]),
        (Rusmiddelcenter, Sof, ["Behandler", "Behandler", "Socialrådgiver"]),
        (Bostoette, Sof, ["Bostøttemedarbejder", "Bostøttemedarbejder"]),
        (Dagtilbud, Sof, ["Pædagog"]),
        (Botilbud, Sof, ["Kontaktperson"]),
        (Sundholm, Sof, ["Arbejdsleder"]),
        (Alkoholbehandling, Suf, ["Alkoholbehandler", "Alkoholbehandler", "Sygeplejerske"]),
        (Genoptraening, Suf, ["Fysioterapeut", "Ergoterapeut", "Fysioterapeut"]),
        (Hjemmepleje, Suf, ["Sygeplejerske", "Visitator"]),
        (Forebyggelse, Suf, ["Sundhedskonsulent", "Sundhedskonsulent"]),
        (SaerligeJobformidling, Buf, ["Jobformidler", "Jobformidler", "Jobformidler"]),
        (UuKobenhavn, Buf, ["UU-vejleder", "UU-vejleder", "UU-vejleder"]),
        (StuKobenhavn, Buf, ["Sagsbehandler", "Sagsbehandler", "Sagsbehandler"]),
    ];

    public static List<Employee> All(SeedRandom random)
    {
        List<Employee> employees =
        [
            Demo(DemoEmployees.BifCaseworker, "Anne Vestergaard", "Sagsbehandler", Bif, JobcenterJobindsats),
            Demo(DemoEmployees.SofCaseworker, "Jonas Friis", "Socialrådgiver", Sof, BorgercenterVoksne),
            Demo(DemoEmployees.SufCaseworker, "Helle Dam", "Sundhedskoordinator", Suf, Genoptraening),
            Demo(DemoEmployees.BufCaseworker, "Line Bach", "Sagsbehandler", Buf, StuKobenhavn),
        ];
        var usedNames = employees.Select(e => e.Name).ToHashSet();
        foreach (var (unit, department, titles) in Staffing)
        {
            foreach (var title in titles)
            {
                string name;
                do
                    name = $"{random.Pick(random.Chance(0.6) ? SeedNames.Female : SeedNames.Male)} {random.Pick(SeedNames.Last)}";
                while (!usedNames.Add(name));
                employees.Add(new Employee
                {
                    Id = random.NextGuid(),
                    Name = name,
                    Title = title,
                    DepartmentCode = department,
                    UnitCode = unit,
                    Email = EmailOf(name, department, employees.Count),
                });
            }
        }
        return employees;
    }

    private static Employee Demo(Guid id, string name, string title, string department, string unit) =>
        new() { Id = id, Name = name, Title = title, DepartmentCode = department, UnitCode = unit, Email = EmailOf(name, department, 0) };

    // Initials plus a number, like the municipality's own addresses, on a reserved domain so no real inbox is named.
    private static string EmailOf(string name, string department, int number) =>
        $"{string.Concat(name.Split(' ').Select(part => part[0])).ToLowerInvariant()}{number:00}@{department.ToLowerInvariant()}.jobmatch.example";
}
