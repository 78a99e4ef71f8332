using System.Net;
using System.Text.Json.Nodes;
using JobMatch.Data.Registry;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Access;

/// <summary>Staff reach the citizens their department works with; anyone else only through a purpose-bound, logged look-up.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class NeedToKnowTests(DemoHost host)
{
    private const string Page = "query($after: String) { citizens(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id cpr } } } }";

    [Fact]
    public async Task ASufCaseworkersCitizensAreExactlyThoseSufIsInvolvedWith()
    {
        var today = JobMatchHost.Today;
        HashSet<string> involved;
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync())
            involved = (await db.ContactAssignments.Where(a => a.DepartmentCode == "SUF" && a.From <= today && (a.To == null || a.To >= today))
                .Select(a => a.CitizenId).Distinct().ToListAsync()).Select(id => id.ToString()).ToHashSet();
        var suf = host.GraphQLAs(Departments.Health, Role.Caseworker);

        var seen = new List<string>();
        string? after = null;
        int? total = null;
        do
        {
            var page = (await suf.PostAsync(Page, new { after })).DataOrThrow()["citizens"]!;
            total ??= page["totalCount"]!.GetValue<int>();
            seen.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.NotEmpty(involved);
        Assert.True(involved.Count < 300, "the demo data should have citizens SUF does not work with");
        Assert.Equal(involved.Order(), seen.Order());
        Assert.Equal(involved.Count, total);
    }

    [Fact]
    public async Task ReadingACitizenOutsideTheCaseloadByIdIsNotAuthorized()
    {
        // Lars is BIF's and SOF's citizen, not SUF's.
        var response = await host.GraphQLAs(Departments.Health, Role.Caseworker).PostAsync(
            "query($id: ID!) { citizen(id: $id) { name cpr address employmentStatus { employed } } }", new { id = DemoCitizens.JobshopCitizen });

        Assert.Null(response.Data!["citizen"]);
        Assert.Equal([AccessDecision.NotAuthorized], response.ErrorCodesAt("citizen"));
        Assert.DoesNotContain(DemoCitizens.JobshopCitizenCpr, response.Text);
    }

    [Fact]
    public async Task ALookUpByCprNeedsThePurposeAndOpensIdentityForThatRequestOnly()
    {
        const string LookUp = "query($cpr: String!) { citizenByCpr(cpr: $cpr) { id name cpr address employmentStatus { employed } contactPersons { departmentCode } } }";
        var suf = host.GraphQLAs(Departments.Health, Role.Caseworker);

        var withoutPurpose = await suf.PostAsync(LookUp, new { cpr = DemoCitizens.JobshopCitizenCpr });
        Assert.Null(withoutPurpose.Data!["citizenByCpr"]);
        Assert.Equal([AccessDecision.PurposeRequired], withoutPurpose.ErrorCodes);

        var anotherPurpose = await suf.For("COORDINATED_PLAN").PostAsync(LookUp, new { cpr = DemoCitizens.JobshopCitizenCpr });
        Assert.Equal([AccessDecision.PurposeRequired], anotherPurpose.ErrorCodes);

        var found = await suf.For("CITIZEN_LOOKUP").PostAsync(LookUp, new { cpr = DemoCitizens.JobshopCitizenCpr });
        var citizen = found.Data!["citizenByCpr"]!;
        Assert.Equal("Lars Poulsen", citizen["name"]!.GetValue<string>());
        Assert.Equal(DemoCitizens.JobshopCitizenCpr, citizen["cpr"]!.GetValue<string>());
        Assert.NotNull(citizen["address"]);
        // Identity and contact data only: the employment summary is for the departments involved.
        Assert.Null(citizen["employmentStatus"]);
        Assert.Equal([AccessDecision.NotAuthorized], found.ErrorCodesAt("citizenByCpr.employmentStatus"));
        // Nor which departments work with the citizen: that a department is involved can itself be telling.
        Assert.Null(citizen["contactPersons"]);
        Assert.Equal([AccessDecision.NotAuthorized], found.ErrorCodesAt("citizenByCpr.contactPersons"));

        var nextRequest = await suf.For("CITIZEN_LOOKUP").PostAsync("query($id: ID!) { citizen(id: $id) { name } }", new { id = DemoCitizens.JobshopCitizen });
        Assert.Equal([AccessDecision.NotAuthorized], nextRequest.ErrorCodesAt("citizen"));

        // A miss is logged too, and both are searches an auditor can review, the hit marked as outside the caseload.
        var miss = await suf.For("CITIZEN_LOOKUP").PostAsync(LookUp, new { cpr = "0101011234" });
        Assert.Null(miss.DataOrThrow()["citizenByCpr"]);
        var log = (await host.GraphQLAs(null, Role.Auditor).PostAsync(
            "{ accessLog(first: 100) { edges { node { department category operation criterion outsideCaseload citizenId allowed } } } }")).DataOrThrow();
        var searches = log["accessLog"]!["edges"]!.AsArray().Select(e => e!["node"]!).Where(n => n["operation"]!.GetValue<string>() == "Search" && n["department"]?.GetValue<string>() == "SUF").ToList();
        Assert.Contains(searches, n => n["criterion"]?.GetValue<string>() == "cpr=" + DemoCitizens.JobshopCitizenCpr && n["outsideCaseload"]!.GetValue<bool>()
            && n["citizenId"]?.GetValue<string>() == DemoCitizens.JobshopCitizen.ToString());
        Assert.Contains(searches, n => n["criterion"]?.GetValue<string>() == "cpr=0101011234" && n["citizenId"] is null);
    }

    [Fact]
    public async Task AConsultantCannotLookUpByCpr()
    {
        var response = await host.GraphQLAs(Departments.Health, Role.Consultant).For("CITIZEN_LOOKUP")
            .PostAsync("query($cpr: String!) { citizenByCpr(cpr: $cpr) { name } }", new { cpr = DemoCitizens.JobshopCitizenCpr });

        Assert.Equal([AccessDecision.NotAuthorized], response.ErrorCodes);
    }

    [Fact]
    public async Task FiltersOverAnotherDepartmentsDetailAreRefusedOnTheArgument()
    {
        const string ByProject = "query($p: String!) { citizens(where: { project: $p }) { totalCount edges { node { name } } } }";
        const string ByTargetGroup = "query { citizens(where: { targetGroup: \"KH-AKTPARAT\" }) { totalCount } }";

        // Dag til Dag is SOF's project for drug users: who takes part is SOF's detail.
        var bySuf = await host.GraphQLAs(Departments.Health, Role.Caseworker).PostAsync(ByProject, new { p = "DAG-TIL-DAG" });
        var byBif = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(ByProject, new { p = "DAG-TIL-DAG" });
        var bySof = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(ByProject, new { p = "DAG-TIL-DAG" });
        var targetGroupBySuf = await host.GraphQLAs(Departments.Health, Role.Caseworker).PostAsync(ByTargetGroup);
        var klapJobBySof = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(ByProject, new { p = "KLAPJOB" });

        Assert.Null(bySuf.Data!["citizens"]);
        Assert.Equal([AccessDecision.NotAuthorized], bySuf.ErrorCodesAt("citizens"));
        Assert.Contains("where.project", bySuf.Errors[0]!["message"]!.GetValue<string>());
        Assert.Equal([AccessDecision.NotAuthorized], byBif.ErrorCodesAt("citizens"));
        Assert.NotNull(bySof.DataOrThrow()["citizens"]);
        Assert.Equal([AccessDecision.NotAuthorized], targetGroupBySuf.ErrorCodesAt("citizens"));
        // KLAPjob is LEV's; its enrolments are BIF's records.
        Assert.Equal([AccessDecision.NotAuthorized], klapJobBySof.ErrorCodesAt("citizens"));
    }

    [Fact]
    public async Task AContactPersonOfAHiddenDepartmentShowsHowToReachThemButNotWhatTheyDo()
    {
        const string Contacts = "query($id: ID!) { citizen(id: $id) { contactPersons { departmentCode responsibility contactPerson { name email title unit { name } } } } }";
        // Mads has contact persons in BIF, SOF and SUF (alcohol treatment).
        var bif = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(Contacts, new { id = DemoCitizens.SharedCashBenefitCitizen });
        var bifUnderConsent = await host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN").PostAsync(Contacts, new { id = DemoCitizens.SharedCashBenefitCitizen });

        Assert.Empty(bif.Errors);
        var suf = Assignment(bif, "SUF");
        Assert.Null(suf["responsibility"]);
        Assert.Null(suf["contactPerson"]!["title"]);
        Assert.Null(suf["contactPerson"]!["unit"]);
        Assert.False(string.IsNullOrEmpty(suf["contactPerson"]!["name"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(suf["contactPerson"]!["email"]?.GetValue<string>()));
        var own = Assignment(bif, "BIF");
        Assert.NotNull(own["responsibility"]);
        Assert.NotNull(own["contactPerson"]!["unit"]);
        // Under Mads' consents from SOF and SUF, and with their purpose, BIF sees what each does.
        Assert.NotNull(Assignment(bifUnderConsent, "SUF")["responsibility"]);
        Assert.NotNull(Assignment(bifUnderConsent, "SUF")["contactPerson"]!["unit"]);
    }

    [Fact]
    public async Task AnEmployeesClientListIsTheirDepartmentsDetail()
    {
        const string Clients = "{ contactPersons(department: SUF_CODE, first: 10) { items { name citizens(first: 10) { items { id } } } } }";
        var sofReadingSuf = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(Clients.Replace("SUF_CODE", DepartmentArgument));
        var sufReadingSuf = await host.GraphQLAs(Departments.Health, Role.Caseworker).PostAsync(Clients.Replace("SUF_CODE", DepartmentArgument));

        var sofLists = sofReadingSuf.Data!["contactPersons"]!["items"]!.AsArray();
        Assert.NotEmpty(sofLists);
        Assert.All(sofLists, p => Assert.Null(p!["citizens"]));
        Assert.All(sofReadingSuf.ErrorCodes, code => Assert.Equal(AccessDecision.NotAuthorized, code));
        Assert.Empty(sufReadingSuf.Errors);
        Assert.Contains(sufReadingSuf.Data!["contactPersons"]!["items"]!.AsArray(), p => p!["citizens"]!["items"]!.AsArray().Count > 0);
    }

    [Fact]
    public async Task AProjectsParticipantsAreForTheDepartmentThatRunsItAndOnlyItsCaseload()
    {
        const string Participants = "query($p: String!) { project(code: $p) { participants(first: 100) { items { citizen { id } } } } }";
        var bySuf = await host.GraphQLAs(Departments.Health, Role.Caseworker).PostAsync(Participants, new { p = "DAG-TIL-DAG" });
        var bySof = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(Participants, new { p = "DAG-TIL-DAG" });

        Assert.Null(bySuf.Data!["project"]!["participants"]);
        Assert.Equal([AccessDecision.NotAuthorized], bySuf.ErrorCodesAt("project.participants"));
        var ids = bySof.DataOrThrow()["project"]!["participants"]!["items"]!.AsArray().Select(p => Guid.Parse(p!["citizen"]!["id"]!.GetValue<string>())).ToList();
        Assert.NotEmpty(ids);
        var today = JobMatchHost.Today;
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync();
        var sofCaseload = await db.ContactAssignments.Where(a => a.DepartmentCode == "SOF" && a.From <= today && (a.To == null || a.To >= today)).Select(a => a.CitizenId).ToListAsync();
        Assert.All(ids, id => Assert.Contains(id, sofCaseload));
    }

    [Theory]
    [InlineData("Koordinering af fælles plan", "PURPOSE_UNKNOWN")]
    [InlineData("COORDINATED_PLAN%00", "PURPOSE_INVALID")]
    [InlineData("COORDINATED%1FPLAN", "PURPOSE_INVALID")]
    public async Task APurposeOutsideTheVocabularyIsRefusedWithWhatToSend(string header, string code)
    {
        var client = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        client.Http.DefaultRequestHeaders.Add("X-JobMatch-Purpose", Uri.EscapeDataString(Uri.UnescapeDataString(header)));

        var response = await client.PostAsync("{ me { department } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal([code], response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task APurposeNoteIsCappedAndPlain()
    {
        var client = host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN");

        var fine = await client.PostAsync("query Q { me { department } }", accept: GraphQLClient.GraphQLResponse);
        client.Http.DefaultRequestHeaders.Add("X-JobMatch-Purpose-Note", new string('x', 201));
        var tooLong = await client.PostAsync("query Q { me { department } }");

        Assert.Empty(fine.Errors);
        Assert.Equal(["PURPOSE_INVALID"], tooLong.ErrorCodes);
    }

    // The department argument as the schema takes it.
    private const string DepartmentArgument = "SUF";

    private static JsonNode Assignment(GraphQLResponse response, string department) =>
        response.Data!["citizen"]!["contactPersons"]!.AsArray().Single(a => a!["departmentCode"]!.GetValue<string>() == department)!;
}
