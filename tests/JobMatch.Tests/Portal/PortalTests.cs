using System.Text.Json.Nodes;
using GraphQL.Types;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Portal;

/// <summary>The BIF–SOF portal: each department's offers, the shared procedures and the units' standing contacts, for staff only.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class PortalTests(DemoHost host)
{
    private const string OfferFields = "code name departmentCode provider { code department { code } } audience legalBasis contactUnit { code } contact { name email unit { code } }";

    private static List<JsonNode> Nodes(JsonNode connection) => connection["nodes"]!.AsArray().Select(n => n!).ToList();

    private static List<string> Codes(IEnumerable<JsonNode> nodes) => nodes.Select(n => n["code"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task ABifCaseworkerSeesSofsOffersWithTheirUnitAndContact()
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(
            $$"""{ offers(where: { department: { eq: SOF } }, first: 50) { totalCount nodes { {{OfferFields}} } } }""");

        var offers = Nodes(response.DataOrThrow()["offers"]!);
        Assert.Equal(["SEL-104", "SEL-103", "DAG-TIL-DAG", "JOBSHOP", "SEL-108", "SEL-107", "SEL-85", "STOFBEHANDLING"], Codes(offers));
        Assert.All(offers, o => Assert.Equal("SOF", o["departmentCode"]!.GetValue<string>()));
        var support = offers.Single(o => o["code"]!.GetValue<string>() == "SEL-85");
        Assert.Equal("Serviceloven § 85", support["legalBasis"]!.GetValue<string>());
        Assert.Equal("SOF-BOSTOETTE", support["provider"]!["code"]!.GetValue<string>());
        Assert.Equal("SOF-BOSTOETTE", support["contact"]!["unit"]!["code"]!.GetValue<string>());
        Assert.EndsWith("@sof.jobmatch.example", support["contact"]!["email"]!.GetValue<string>());
        var dagTilDag = offers.Single(o => o["code"]!.GetValue<string>() == "DAG-TIL-DAG");
        Assert.Equal("SOF-SUNDHOLM", dagTilDag["provider"]!["code"]!.GetValue<string>());
        Assert.Contains("stofmisbrugere og hjemløse", dagTilDag["audience"]!.GetValue<string>());
    }

    [Fact]
    public async Task ASofCaseworkerSeesBifsOffers()
    {
        var response = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(
            $$"""{ offers(where: { department: { eq: BIF } }, order: [{ code: ASC }], first: 50) { nodes { {{OfferFields}} } } }""");

        var offers = Nodes(response.DataOrThrow()["offers"]!);
        Assert.Equal(["CAF-UDREDNING", "HANDICAPKOMPENSATION", "JOBKLUB-UNGE", "LAENGEREVARENDE", "LOENTILSKUD", "MENTOR", "VIRKSOMHEDSPRAKTIK"], Codes(offers));
        Assert.Equal("JC-JOBINDSATS", offers.Single(o => o["code"]!.GetValue<string>() == "LAENGEREVARENDE")["provider"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task EveryOfferIsProvidedByAUnitOfItsOwnDepartmentAndNamesAContactThere()
    {
        var response = await host.GraphQLAs(Departments.Health, Role.Consultant).PostAsync(
            $$"""{ offers(first: 100) { totalCount nodes { {{OfferFields}} } } }""");

        var data = response.DataOrThrow()["offers"]!;
        var offers = Nodes(data);
        Assert.Equal(19, data["totalCount"]!.GetValue<int>());
        Assert.Equal(["BIF", "BUF", "SOF", "SUF"], offers.Select(o => o["departmentCode"]!.GetValue<string>()).Distinct());
        Assert.All(offers, o =>
        {
            Assert.Equal(o["departmentCode"]!.GetValue<string>(), o["provider"]!["department"]!["code"]!.GetValue<string>());
            Assert.Equal(o["contactUnit"]!["code"]!.GetValue<string>(), o["contact"]!["unit"]!["code"]!.GetValue<string>());
            Assert.EndsWith(".jobmatch.example", o["contact"]!["email"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task OffersFilterTheDanishWayWithAndOr()
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Consultant).PostAsync(
            """
            { offers(where: { or: [{ name: { contains: "STØTTE" } }, { and: [{ department: { eq: SOF } }, { audience: { contains: "udviklingshaemning" } }] }] }, order: [{ code: ASC }]) {
                nodes { code } } }
            """);

        // "aa" is not "æ", so the second branch matches nothing; "STØTTE" matches støtte whatever the case.
        Assert.Equal(["MENTOR", "SEL-85"], Codes(Nodes(response.DataOrThrow()["offers"]!)));

        var udviklingshaemmede = await host.GraphQLAs(Departments.Employment, Role.Consultant).PostAsync(
            """{ offers(where: { department: { eq: SOF }, audience: { contains: "UDVIKLINGSHÆMNING" } }, order: [{ code: ASC }]) { nodes { code } } }""");
        Assert.Equal(["JOBSHOP", "SEL-103"], Codes(Nodes(udviklingshaemmede.DataOrThrow()["offers"]!)));
    }

    [Fact]
    public async Task OffersPageForwardsAndBackwardsWithoutOverlap()
    {
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker);
        var all = Codes(Nodes((await client.PostAsync("{ offers(first: 100, order: [{ code: ASC }]) { nodes { code } } }")).DataOrThrow()["offers"]!));
        var first = (await client.PostAsync("{ offers(first: 5, order: [{ code: ASC }]) { pageInfo { hasNextPage endCursor } nodes { code } } }")).DataOrThrow()["offers"]!;
        var cursor = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = (await client.PostAsync("query($after: String) { offers(first: 5, after: $after, order: [{ code: ASC }]) { pageInfo { hasPreviousPage startCursor } nodes { code } } }", new { after = cursor })).DataOrThrow()["offers"]!;
        var back = (await client.PostAsync("query($before: String) { offers(last: 5, before: $before, order: [{ code: ASC }]) { nodes { code } } }",
            new { before = second["pageInfo"]!["startCursor"]!.GetValue<string>() })).DataOrThrow()["offers"]!;
        var tail = (await client.PostAsync("{ offers(last: 2, order: [{ code: ASC }]) { pageInfo { hasNextPage } nodes { code } } }")).DataOrThrow()["offers"]!;

        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(all.Take(5), Codes(Nodes(first)));
        Assert.Equal(all.Skip(5).Take(5), Codes(Nodes(second)));
        Assert.True(second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(all.Take(5), Codes(Nodes(back)));
        Assert.Equal(all.TakeLast(2), Codes(Nodes(tail)));
        Assert.False(tail["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ACursorFromElsewhereIsRefusedWithACode()
    {
        var response = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(
            """{ offers(after: "cGFnZTox") { nodes { code } } }""");

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }

    [Fact]
    public async Task OfferByCodeAndAnUnknownCodeIsNull()
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(
            """{ jobshop: offer(code: "JOBSHOP") { name provider { name } contact { title } } none: offer(code: "NO-SUCH") { code } }""");

        var data = response.DataOrThrow();
        Assert.Equal("Jobshop", data["jobshop"]!["provider"]!["name"]!.GetValue<string>());
        Assert.Equal("Jobkonsulent", data["jobshop"]!["contact"]!["title"]!.GetValue<string>());
        Assert.Null(data["none"]);
    }

    [Fact]
    public async Task BothDepartmentsSeeTheSharedProceduresWithTheirStepsInOrder()
    {
        const string query = """
            { procedures(where: { department: { in: [BIF, SOF] } }, first: 50) { totalCount nodes { code departments } }
              youth: procedures(where: { department: { eq: BUF } }) { nodes { code } }
              procedure(code: "RAADGIVNINGSCENTER") { name departments steps { order departmentCode actor { code } name } } }
            """;
        foreach (var department in new[] { Departments.Employment, Departments.Social })
        {
            var data = (await host.GraphQLAs(department, Role.Caseworker).PostAsync(query)).DataOrThrow();

            // By name: "Fra Den Særlige Jobformidling ...", "Henvisning til KLAPjob ...", "Jobcentrets faste kontaktpersoner ...", ...
            Assert.Equal(["DSJ-JOBCENTER", "KLAP-HENVISNING", "RAADGIVNINGSCENTER", "KOORDINERET-PLAN", "OVERGANG-18"], Codes(Nodes(data["procedures"]!)));
            Assert.Equal(["DSJ-JOBCENTER", "OVERGANG-18"], Codes(Nodes(data["youth"]!)));
            var steps = data["procedure"]!["steps"]!.AsArray();
            Assert.Equal([1, 2, 3], steps.Select(s => s!["order"]!.GetValue<int>()));
            Assert.Equal(["BIF", "SOF", "BIF"], steps.Select(s => s!["departmentCode"]!.GetValue<string>()));
            Assert.Equal(["JC-JOBINDSATS", "SOF-RUS", "JC-JOBINDSATS"], steps.Select(s => s!["actor"]!["code"]!.GetValue<string>()));
            Assert.Equal(["BIF", "SOF"], data["procedure"]!["departments"]!.AsArray().Select(d => d!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task TheHandoverProcedureSaysWhenEachStepIsDue()
    {
        var data = (await host.GraphQLAs(Departments.Youth, Role.Caseworker).PostAsync(
            """{ procedure(code: "OVERGANG-18") { departments steps { departmentCode due } } }""")).DataOrThrow();

        var steps = data["procedure"]!["steps"]!.AsArray();
        Assert.Equal("fra den unge er ca. 17 år og 2 måneder", steps[0]!["due"]!.GetValue<string>());
        Assert.Equal("senest ½ år før det fyldte 18. år", steps[1]!["due"]!.GetValue<string>());
        Assert.Equal(["BUF", "SOF", "BIF"], data["procedure"]!["departments"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Fact]
    public async Task TheJobcentersFixedContactsForTheCounsellingCentreAreARelationWithAPersonOnEachSide()
    {
        var data = (await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync(
            """
            { unitContacts(unit: "SOF-RUS") { unit { code department { code } } contact { name title } counterpartUnit { code } counterpartContact { name unit { code } } namedByUnit }
              agency(code: "SOF-RUS") { unitContacts { unit { code } counterpartUnit { code } contact { unit { code } } counterpartContact { unit { code } } namedByUnit } } }
            """)).DataOrThrow();

        var contacts = data["unitContacts"]!.AsArray();
        Assert.Equal(2, contacts.Count);
        Assert.All(contacts, c =>
        {
            Assert.Equal("JC-JOBINDSATS", c!["unit"]!["code"]!.GetValue<string>());
            Assert.Equal("BIF", c["unit"]!["department"]!["code"]!.GetValue<string>());
            Assert.Equal("SOF-RUS", c["counterpartUnit"]!["code"]!.GetValue<string>());
            Assert.Equal("SOF-RUS", c["counterpartContact"]!["unit"]!["code"]!.GetValue<string>());
            Assert.True(c["namedByUnit"]!.GetValue<bool>());
        });
        Assert.Equal(2, contacts.Select(c => c!["contact"]!["name"]!.GetValue<string>()).Distinct().Count());
        // Seen from the counselling centre, the relation turns round.
        Assert.All(data["agency"]!["unitContacts"]!.AsArray(), c =>
        {
            Assert.Equal("SOF-RUS", c!["unit"]!["code"]!.GetValue<string>());
            Assert.Equal("SOF-RUS", c["contact"]!["unit"]!["code"]!.GetValue<string>());
            Assert.Equal("JC-JOBINDSATS", c["counterpartUnit"]!["code"]!.GetValue<string>());
            Assert.Equal("JC-JOBINDSATS", c["counterpartContact"]!["unit"]!["code"]!.GetValue<string>());
            Assert.False(c["namedByUnit"]!.GetValue<bool>());
        });
    }

    [Fact]
    public async Task UnitContactsByDepartmentFindEitherSide()
    {
        var data = (await host.GraphQLAs(Departments.Employment, Role.Consultant).PostAsync(
            """{ sof: unitContacts(department: SOF) { counterpartUnit { code } } buf: unitContacts(department: BUF) { unit { code } } }""")).DataOrThrow();

        Assert.Equal(["SOF-HCK", "SOF-RUS", "SOF-RUS"], data["sof"]!.AsArray().Select(c => c!["counterpartUnit"]!["code"]!.GetValue<string>()).Order());
        Assert.Empty(data["buf"]!.AsArray());
    }

    [Fact]
    public async Task AMisspeltUnitIsAnErrorNotAnEmptyList()
    {
        var response = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync("""{ unitContacts(unit: "SOF-RUSS") { description } }""");

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Contains("SOF-RUSS", response.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task AUnitListsTheOffersItProvidesAndADepartmentAllOfItsOwn()
    {
        var data = (await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(
            """{ jobshop: agency(code: "SOF-JOBSHOP") { offers { code } } sof: agency(code: "SOF") { offers { code } } }""")).DataOrThrow();

        Assert.Equal(["JOBSHOP"], data["jobshop"]!["offers"]!.AsArray().Select(o => o!["code"]!.GetValue<string>()));
        Assert.Equal(8, data["sof"]!["offers"]!.AsArray().Count);
    }

    [Fact]
    public async Task EveryUnitsOffersAndContactsCostOneStatementEachWhateverTheNumberOfUnits()
    {
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker);
        const string Units = "{ agencies(kind: UNIT) { offers { code contact { name } } unitContacts { contact { name } counterpartContact { name } } } }";
        const string OneUnit = """{ agency(code: "SOF-RUS") { offers { code contact { name } } unitContacts { contact { name } counterpartContact { name } } } }""";
        await client.PostAsync(Units);

        var all = await client.PostAsync(Units);
        var one = await client.PostAsync(OneUnit);

        Assert.Empty(all.Errors);
        Assert.Equal(one.SqlStatements + 1, all.SqlStatements);
    }

    public static TheoryData<string> DirectoryQueries() => new(
        "{ offers { nodes { code } } }",
        """{ offer(code: "JOBSHOP") { code } }""",
        "{ procedures { nodes { code } } }",
        """{ procedure(code: "KOORDINERET-PLAN") { code } }""",
        "{ unitContacts { description } }",
        """{ agency(code: "SOF-JOBSHOP") { offers { code } } }""",
        """{ agency(code: "JC-JOBINDSATS") { unitContacts { description } } }""",
        "{ contactPersons { nodes { name email phone } } }",
        "{ contactPersons(department: SOF, last: 3) { totalCount items { name } } }");

    [Theory]
    [MemberData(nameof(DirectoryQueries))]
    public async Task ARequestWithoutATokenGetsNoneOfTheDirectory(string query)
    {
        var response = await host.GraphQL().PostAsync(query);

        Assert.Contains("AUTH_NOT_AUTHENTICATED", response.ErrorCodes);
        Assert.DoesNotContain("JOBSHOP", response.Data?.ToJsonString() ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("KOORDINERET", response.Data?.ToJsonString() ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("rådgivningscentret", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("jobmatch.example", response.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BIF", Role.Consultant)]
    [InlineData("SOF", Role.Analyst)]
    [InlineData("SUF", Role.Administrator)]
    [InlineData(null, Role.Auditor)]
    [InlineData("BUF", Role.Caseworker)]
    public async Task EveryStaffRoleReadsTheDirectory(string? department, Role role)
    {
        var response = await host.GraphQLAs(department, role).PostAsync(
            """{ offers(first: 1) { totalCount } procedures(first: 1) { totalCount } unitContacts { description } contactPersons(department: SOF, first: 1) { nodes { departmentCode } } }""");

        var data = response.DataOrThrow();
        Assert.Equal(19, data["offers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(5, data["procedures"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(3, data["unitContacts"]!.AsArray().Count);
        Assert.Equal("SOF", data["contactPersons"]!["nodes"]![0]!["departmentCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task ACitizenAsksTheirCaseworkerRatherThanTheStaffDirectory()
    {
        var response = await host.GraphQLAs(null, Role.Citizen, new Guid("c0000000-0000-4000-8000-000000000005")).PostAsync(
            "{ offers { nodes { code } } contactPersons { nodes { name } } }");

        Assert.Equal(["AUTH_NOT_AUTHORIZED", "AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        Assert.Null(response.Data?["offers"]);
        Assert.Null(response.Data?["contactPersons"]);
    }

    /// <summary>Types a directory field may lead to; none of them reaches a citizen.</summary>
    private static readonly string[] DirectoryRoots = ["offers", "offer", "procedures", "procedure", "unitContacts"];

    [Fact]
    public void NoFieldReachableFromTheDirectoryLeadsToACitizenOrPersonalData()
    {
        var schema = host.Services.GetRequiredService<ISchema>();
        var seen = new HashSet<string>();
        var queue = new Queue<IGraphType>(DirectoryRoots.Select(r => NamedType(schema.Query.GetField(r)!.ResolvedType!)));
        var problems = new List<string>();
        while (queue.Count > 0)
        {
            if (queue.Dequeue() is not IComplexGraphType type || !seen.Add(type.Name))
                continue;
            foreach (var field in type.Fields)
            {
                var target = NamedType(field.ResolvedType!);
                if (target.Name.Contains("Citizen", StringComparison.Ordinal) || target.Name is "ContactPerson" or "ContactAssignment" or "Enrollment" or "Consent" or "Project")
                    problems.Add($"{type.Name}.{field.Name} leads to {target.Name}");
                if (field.GetCategory() is { } category && category != DataCategory.Directory)
                    problems.Add($"{type.Name}.{field.Name} carries {category}");
                queue.Enqueue(target);
            }
        }

        Assert.Contains("StaffContact", seen);
        Assert.Contains("ProcedureStep", seen);
        Assert.True(problems.Count == 0, string.Join(", ", problems));
    }

    private static readonly HashSet<string> DirectoryTypes = ["Offer", "OfferConnection", "Procedure", "ProcedureConnection", "UnitContact"];

    [Fact]
    public void EveryWayIntoTheDirectoryDeclaresTheDirectoryCategory()
    {
        var schema = host.Services.GetRequiredService<ISchema>();
        var unguarded = schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !DirectoryTypes.Contains(t.Name) && !t.Name.StartsWith("Offer", StringComparison.Ordinal) && !t.Name.StartsWith("Procedure", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Where(f => DirectoryTypes.Contains(NamedType(f.ResolvedType!).Name) && f.GetCategory() != DataCategory.Directory).Select(f => $"{t.Name}.{f.Name}"))
            .ToList();

        Assert.True(unguarded.Count == 0, "These fields reach the directory without its category: " + string.Join(", ", unguarded));
        Assert.Equal(DataCategory.Directory, schema.Query.GetField("offers")!.GetCategory());
        Assert.Equal(DataCategory.Directory, ((IObjectGraphType)schema.AllTypes["Agency"]!).GetField("unitContacts")!.GetCategory());
    }

    private static IGraphType NamedType(IGraphType type) => type is IProvideResolvedType wrapper ? NamedType(wrapper.ResolvedType!) : type;
}
