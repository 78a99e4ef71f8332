using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Projects;

/// <summary>Programmes are attributed as the seed documents say.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class ProjectAttributionTests(DemoHost host)
{
    [Theory]
    [InlineData("FLERE-SKAL-MED")]
    [InlineData("JOBFIRST")]
    [InlineData("EMPOWERMENT")]
    public async Task VallensbaeksStarProjectsAreRunByJobcenterVallensbaekAndFundedByStar(string code)
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(
            "query($code: String!) { project(code: $code) { owner { code } funder { code } } }", new { code });

        var project = response.DataOrThrow()["project"]!;
        Assert.Equal("JC-VALLENSBAEK", project["owner"]!["code"]!.GetValue<string>());
        Assert.Equal("STAR", project["funder"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheCtiPoolIsTheNationalAgenciesOwnAndSaysIshojAndVallensbaekDeclinedIt()
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(
            """{ project(code: "SOCIAL-STOETTE-JOB") { description owner { code kind } partner { code } } }""");

        var project = response.DataOrThrow()["project"]!;
        Assert.Equal("NATIONAL_AGENCY", project["owner"]!["kind"]!.GetValue<string>());
        Assert.Null(project["partner"]);
        Assert.Contains("Ishøj og Vallensbæk takkede nej", project["description"]!.GetValue<string>());
    }
}
