using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Citizens;

/// <summary>A client written for HotChocolate works here: its filter, sort and paging forms, with the access rules holding.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class HotChocolateConventionTests(DemoHost host)
{
    [Fact]
    public async Task DistrictMatchingIgnoresCaseButNotTheDanishLetters()
    {
        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker);
        const string query = "query($d: String!) { citizens(first: 100, where: { district: { eq: $d } }) { totalCount nodes { district } } }";

        var lower = (await sof.PostAsync(query, new { d = "nørrebro" })).DataOrThrow()["citizens"]!;
        var upper = (await sof.PostAsync(query, new { d = "NØRREBRO" })).DataOrThrow()["citizens"]!;
        var withoutTheLetter = (await sof.PostAsync(query, new { d = "norrebro" })).DataOrThrow()["citizens"]!;

        Assert.True(lower["totalCount"]!.GetValue<int>() > 0);
        Assert.All(lower["nodes"]!.AsArray(), n => Assert.Equal("Nørrebro", n!["district"]!.GetValue<string>()));
        Assert.Equal(lower["totalCount"]!.GetValue<int>(), upper["totalCount"]!.GetValue<int>());
        Assert.Equal(0, withoutTheLetter["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task AndOrAndContainsCombineAsWritten()
    {
        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker);

        var response = await sof.PostAsync("""
            {
              citizens(first: 100, where: {
                and: [
                  { or: [{ name: { contains: "holm nielsen" } }, { name: { startsWith: "LARS " } }] },
                  { birthDate: { gte: "1979-01-01", lte: "1980-12-31" } }
                ]
              }, order: [{ birthDate: DESC }]) { nodes { id name birthDate } }
            }
            """);

        var nodes = response.DataOrThrow()["citizens"]!["nodes"]!.AsArray();
        Assert.Contains(nodes, n => n!["id"]!.GetValue<string>() == DemoCitizens.SharedCashBenefitCitizen.ToString());
        Assert.Contains(nodes, n => n!["id"]!.GetValue<string>() == DemoCitizens.JobshopCitizen.ToString());
        Assert.All(nodes, n => Assert.InRange(n!["birthDate"]!.GetValue<string>(), "1979-01-01", "1980-12-31"));
        var dates = nodes.Select(n => n!["birthDate"]!.GetValue<string>()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task LastAndBeforePageBackThroughTheSamePositions()
    {
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker);
        const string forwards = "{ citizens(first: 6, order: [{ name: ASC }]) { edges { cursor node { id } } } }";
        var six = (await client.PostAsync(forwards)).DataOrThrow()["citizens"]!["edges"]!.AsArray();

        var back = await client.PostAsync(
            "query($before: String!) { citizens(last: 3, before: $before, order: [{ name: ASC }]) { pageInfo { hasPreviousPage hasNextPage startCursor } nodes { id } } }",
            new { before = six[5]!["cursor"]!.GetValue<string>() });

        var page = back.DataOrThrow()["citizens"]!;
        Assert.Equal(six.Skip(2).Take(3).Select(e => e!["node"]!["id"]!.GetValue<string>()), page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.True(page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(six[2]!["cursor"]!.GetValue<string>(), page["pageInfo"]!["startCursor"]!.GetValue<string>());
    }

    [Fact]
    public async Task LastWithoutBeforeIsTheEndOfTheList()
    {
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker);

        var all = (await client.PostAsync("{ citizens(first: 100, order: [{ name: DESC }]) { nodes { id } } }")).DataOrThrow()["citizens"]!["nodes"]!.AsArray();
        var end = (await client.PostAsync("{ citizens(last: 2, order: [{ name: ASC }]) { pageInfo { hasNextPage } nodes { id } } }")).DataOrThrow()["citizens"]!;

        Assert.Equal(all.Take(2).Reverse().Select(n => n!["id"]!.GetValue<string>()), end["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.False(end["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task LastIsHeldToThePageSizeAndCostsWhatItReads()
    {
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker);

        var tooMany = await client.PostAsync("{ citizens(last: 101) { nodes { id } } }");
        var tooDear = await client.PostAsync("{ citizens(last: 100) { nodes { contactPersons { contactPerson { citizens { contactPersons { responsibility } } } } } } }");

        Assert.Equal(["PAGE_SIZE_EXCEEDED"], tooMany.ErrorCodes);
        Assert.Null(tooDear.Data?["citizens"]);
        Assert.NotEmpty(tooDear.Errors);
    }

    [Fact]
    public async Task AFilterOnAnotherDepartmentsCategoryIsRefusedNotAnswered()
    {
        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker);
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        const string nested = """{ citizens(first: 5, where: { or: [{ name: { contains: "a" } }, { enrolledInProject: { eq: "KLAPJOB" } }] }) { totalCount } }""";
        const string old = """{ citizens(first: 5, where: { project: "KLAPJOB" }) { totalCount } }""";

        var refused = await sof.PostAsync(nested);
        var refusedOld = await sof.PostAsync(old);
        var allowed = await bif.PostAsync(nested);

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], refused.ErrorCodesAt("citizens"));
        Assert.Null(refused.Data!["citizens"]);
        Assert.Contains("EmploymentDetail", refused.Errors[0]!["message"]!.GetValue<string>());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], refusedOld.ErrorCodesAt("citizens"));
        Assert.True(allowed.DataOrThrow()["citizens"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task ADepartmentCodeIsAnEnumSoAMisspeltOneIsAValidationError()
    {
        var response = await host.GraphQLAs(Departments.Social, Role.Caseworker).PostAsync("{ citizens(where: { involvedDepartment: { eq: XYZ } }) { totalCount } }");

        Assert.Null(response.Data);
        Assert.NotEmpty(response.Errors);
    }

    [Fact]
    public async Task ContactPersonsOfAMisspeltDepartmentIsAValidationErrorNotAnEmptyList()
    {
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker);

        var misspelt = await client.PostAsync("{ contactPersons(department: XYZ) { nodes { name } } }");
        var quoted = await client.PostAsync("""{ contactPersons(department: "SOF") { nodes { name } } }""");
        var sof = await client.PostAsync("{ contactPersons(department: SOF) { nodes { name departmentCode } } }");

        Assert.Null(misspelt.Data);
        Assert.NotEmpty(misspelt.Errors);
        Assert.Null(quoted.Data);
        Assert.All(sof.DataOrThrow()["contactPersons"]!["nodes"]!.AsArray(), p => Assert.Equal("SOF", p!["departmentCode"]!.GetValue<string>()));
        Assert.NotEmpty(sof.DataOrThrow()["contactPersons"]!["nodes"]!.AsArray());
    }
}
