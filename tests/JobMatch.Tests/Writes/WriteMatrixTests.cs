using System.Text.Json;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Writes;

/// <summary>
/// Who may write what, through every create mutation, for every department and role, against outcomes written out
/// by hand from the rules (the owner's caseworkers and consultants write its detail while involved; caseworkers name
/// their own department's contact persons; nobody writes under a consent), not computed from the table under test.
/// The citizen is Lars (BIF and SOF involved). Y: the door lets the write through; n: NotAuthorizedError.
/// </summary>
public sealed class WriteMatrixTests(JobMatchHost host) : IClassFixture<JobMatchHost>
{
    private static readonly Guid Lars = DemoCitizens.JobshopCitizen;

    /// <summary>The mutations, in the order of the columns below.</summary>
    private static readonly string[] Mutations =
        ["addJobGoal", "addJobActivity", "registerPlacement", "enrollInProject", "addSocialGoal", "grantSocialService", "assignContactPerson"];

    private static readonly (Access.AccessMatrixTests.Asker Asker, string Writes)[] Expected =
    [
        //                                                                       Goal Act Plc Enr SGoal Svc Contact
        (new(null, null),                                                       "nnnnnnn"),
        (new(Departments.Employment, Role.Caseworker),                          "YYYYnnY"),
        (new(Departments.Employment, Role.Consultant),                          "YYYYnnn"),
        (new(Departments.Social, Role.Caseworker),                              "nnnnYYY"),
        (new(Departments.Social, Role.Consultant),                              "nnnnYYn"),
        (new(Departments.Health, Role.Caseworker),                              "nnnnnnn"),
        (new(Departments.Health, Role.Consultant),                              "nnnnnnn"),
        (new(Departments.Youth, Role.Caseworker),                               "nnnnnnn"),
        (new(Departments.Youth, Role.Consultant),                               "nnnnnnn"),
        (new(Departments.Employment, Role.Analyst),                             "nnnnnnn"),
        (new(Departments.Social, Role.Administrator),                           "nnnnnnn"),
        (new(null, Role.Auditor),                                               "nnnnnnn"),
        (new(null, Role.Citizen, OwnRecord: true),                              "nnnnnnn"),
        (new(null, Role.Citizen, OwnRecord: false),                             "nnnnnnn"),
    ];

    public static TheoryData<int, int> Matrix()
    {
        var data = new TheoryData<int, int>();
        for (var asker = 0; asker < Expected.Length; asker++)
            for (var mutation = 0; mutation < Mutations.Length; mutation++)
                data.Add(asker, mutation);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EveryCreateIsDecidedByTheAccessTable(int asker, int mutation)
    {
        var (who, writes) = Expected[asker];
        var name = Mutations[mutation];
        var client = who.Role is { } role
            ? host.GraphQLAs(who.Department, role, role == Role.Citizen ? (who.OwnRecord ? Lars : DemoCitizens.FlexJobCitizen) : null)
            : host.GraphQL();

        var response = await client.PostAsync(await DocumentAsync(name, who.Department));
        var payload = response.Payload(name);
        var refused = payload["errors"]!.AsArray().Where(e => e!["__typename"]!.GetValue<string>() == "NotAuthorizedError").ToList();

        Assert.True((writes[mutation] == 'Y') == (refused.Count == 0), $"{who} {name}: {response.Text}");
        if (writes[mutation] == 'n')
            Assert.Equal(who.Role is null ? AccessDecision.NotAuthenticated : AccessDecision.NotAuthorized, refused[0]!["code"]!.GetValue<string>());
        else if (payload["errors"]!.AsArray().Count == 0)
            Assert.NotNull(payload.AsObject().First(p => p.Key != "errors").Value);
    }

    private async Task<string> DocumentAsync(string mutation, string? department)
    {
        var key = JsonSerializer.Serialize(Guid.NewGuid().ToString());
        var citizen = $"citizenId: \"{Lars}\"";
        var input = mutation switch
        {
            "addJobGoal" => $"{citizen}, text: \"Mål\", idempotencyKey: {key}",
            "addJobActivity" => $"{citizen}, text: \"Kursus\", provider: \"AMU\", from: \"2026-12-07\", idempotencyKey: {key}",
            "registerPlacement" => $"{citizen}, kind: INTERNSHIP, employerId: \"{await host.EmployerIdAsync()}\", hoursPerWeek: 10, from: \"2027-01-04\", idempotencyKey: {key}",
            "enrollInProject" => $"{citizen}, projectCode: \"STAFF\", referredBy: \"BIF\", idempotencyKey: {key}",
            "addSocialGoal" => $"{citizen}, area: \"Bolig\", text: \"Mål\", idempotencyKey: {key}",
            "grantSocialService" => $"{citizen}, kind: ACTIVITY_AND_DAY_OFFER, title: \"§ 104\", providerCode: \"SOF-DAGTILBUD\", from: \"2026-12-07\", idempotencyKey: {key}",
            _ => $"{citizen}, employeeId: \"{await host.EmployeeIdAsync(department ?? Departments.Employment)}\", responsibility: \"Kontaktperson\", from: \"2027-02-01\", idempotencyKey: {key}",
        };
        return $"mutation {{ {mutation}(input: {{ {input} }}) {{ {EntityOf(mutation)} {{ __typename }} {WriteHelpers.Errors} }} }}";
    }

    private static string EntityOf(string mutation) => mutation switch
    {
        "addJobGoal" => "jobGoal",
        "addJobActivity" => "jobActivity",
        "registerPlacement" => "placement",
        "enrollInProject" => "enrollment",
        "addSocialGoal" => "socialGoal",
        "grantSocialService" => "socialService",
        _ => "contactAssignment",
    };
}
