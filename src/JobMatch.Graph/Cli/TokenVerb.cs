using JobMatch.Graph.Access;
using JobMatch.Graph.Auth;

namespace JobMatch.Graph.Cli;

/// <summary>
/// <c>token --department SOF --role Caseworker [--name "..."] [--hours 8] [--citizen ID]</c>: prints a bearer
/// token signed with the local key, for the embedded default, scripts and tests.
/// </summary>
public static class TokenVerb
{
    public static int Run(WebApplication app, string[] args)
    {
        var role = Verbs.Option(args, "--role");
        var departmentOption = Verbs.Option(args, "--department");
        var department = ClaimValues.DepartmentOf(departmentOption);
        var citizen = Verbs.Option(args, "--citizen");
        if (ClaimValues.RoleOf(role) is not { } parsed)
            return Fail($"--role is one of {string.Join(", ", Enum.GetNames<Role>())}.");
        if (parsed == Role.Citizen ? !Guid.TryParse(citizen, out _) : departmentOption is not null && department is null)
            return Fail(parsed == Role.Citizen ? "--citizen takes the citizen's person id (a GUID)." : $"--department is one of {string.Join(", ", Departments.All)}.");
        if (parsed is Role.Caseworker or Role.Consultant && department is null)
            return Fail("A caseworker or consultant works in a department: add --department BIF|SOF|SUF|BUF.");
        var hours = double.TryParse(Verbs.Option(args, "--hours"), System.Globalization.CultureInfo.InvariantCulture, out var h) ? h : 8;
        var name = Verbs.Option(args, "--name") ?? $"Demo {department} {parsed}".Replace("  ", " ");
        string token;
        try
        {
            token = app.Services.GetRequiredService<LocalSigningKey>().CreateToken(
                subject: $"local:{(department ?? "x").ToLowerInvariant()}:{parsed.ToString().ToLowerInvariant()}:{Slug(name)}",
                name, parsed == Role.Citizen ? null : department, [parsed.ToString()], parsed == Role.Citizen ? Guid.Parse(citizen!) : null, TimeSpan.FromHours(hours));
        }
        catch (InvalidOperationException e)
        {
            // Outside Development without a configured key there is nothing to sign with.
            return Fail(e.Message);
        }
        Console.WriteLine(token);
        return 0;
    }

    private static string Slug(string name) => new(name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());

    private static int Fail(string message)
    {
        Console.Error.WriteLine("token: " + message);
        return 2;
    }
}
