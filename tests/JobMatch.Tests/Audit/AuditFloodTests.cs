using JobMatch.Data.Audit;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Audit;

/// <summary>Nobody can flood the access log: a request without a token leaves one small row, and what a caller chooses is bounded.</summary>
public sealed class AuditFloodTests(JobMatchHost host) : IClassFixture<JobMatchHost>
{
    [Fact]
    public async Task ARequestWithoutATokenLeavesOneSmallRowWhateverItAsks()
    {
        var lookups = string.Concat(Enumerable.Range(1, 15).Select(i => $"c{i}: citizen(id: \"{DemoCitizens.All[i % DemoCitizens.All.Count]}\") {{ name cpr address }} "));
        var anonymous = host.GraphQL().For("COORDINATED_PLAN");
        anonymous.Http.DefaultRequestHeaders.Add("X-JobMatch-Purpose-Note", new string('n', 200));

        var response = await anonymous.PostAsync("query Probe { " + lookups + "}");

        Assert.All(response.ErrorCodes, code => Assert.Equal(AccessDecision.NotAuthenticated, code));
        var correlationId = response.Json!["extensions"]!["correlationId"]!.GetValue<string>();
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<AuditContext>>().CreateDbContextAsync();
        var row = await db.AccessRequests.Include(r => r.Records).SingleAsync(r => r.CorrelationId == correlationId);
        Assert.Empty(row.Records);
        Assert.Equal("anonymous", row.Subject);
        Assert.Null(row.Purpose);
        Assert.Null(row.PurposeNote);
        Assert.Equal("Probe", row.OperationName);
    }

    [Fact]
    public async Task TheOperationNameIsTheExecutedOperationsAndThePurposeIsStoredOncePerRequest()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN");

        // No operationName in the request: the name comes from the document that ran.
        var response = await bif.PostAsync("query OpenThePlan($id: ID!) { citizen(id: $id) { name employmentStatus { employed } } }", new { id = DemoCitizens.JobshopCitizen });

        Assert.Empty(response.Errors);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<AuditContext>>().CreateDbContextAsync();
        var row = await db.AccessRequests.Include(r => r.Records).OrderByDescending(r => r.Id).FirstAsync(r => r.OperationName == "OpenThePlan");
        Assert.Equal("COORDINATED_PLAN", row.Purpose);
        // Identity and the employment summary of one citizen: the purpose is on the row, not on each record.
        Assert.Equal(2, row.Records.Count);
    }
}
