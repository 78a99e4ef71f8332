using System.Net;
using JobMatch.Data.Audit;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Graph.Audit;
using JobMatch.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Audit;

/// <summary>One record per request, citizen and category; a changed or deleted record is detected; no audit, no data.</summary>
public sealed class AuditLogTests : IClassFixture<JobMatchHost>
{
    private readonly JobMatchHost host;

    public AuditLogTests(JobMatchHost host) => this.host = host;

    [Fact]
    public async Task EachRequestLogsOneRecordPerCitizenAndCategoryTouched()
    {
        var before = await CountAsync();

        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync("""
            { citizens(first: 3, where: { department: "BIF" }) { edges { node { name alias: name employmentStatus { employed } health { episodes { kind } } } } } }
            """);

        Assert.Equal(3, response.Data!["citizens"]!["edges"]!.AsArray().Count);
        // Three citizens × (Identity, EmploymentSummary, HealthDetail): the alias reads Identity again but logs nothing twice.
        Assert.Equal(before + 9, await CountAsync());
        await using var db = await Audit();
        var latest = await db.AccessRecords.OrderByDescending(r => r.Id).Take(9).ToListAsync();
        Assert.Single(latest.Select(r => r.RequestId).Distinct());
        Assert.All(latest.Where(r => r.Category == "HealthDetail"), r => Assert.False(r.Allowed));
        Assert.All(latest.Where(r => r.Category != "HealthDetail"), r => Assert.True(r.Allowed));
    }

    [Fact]
    public async Task ChangingOrDeletingARecordBreaksTheChain()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        for (var i = 0; i < 3; i++)
            await bif.PostAsync("{ citizens(first: 2) { edges { node { name } } } }");
        await using var db = await Audit();
        Assert.Null((await AuditChain.VerifyAsync(db, default)).Problem);

        var ids = await db.AccessRecords.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
        var middle = ids[ids.Count / 2];
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE AccessRecords SET Department = 'SOF' WHERE Id = {middle}");
        var changed = await AuditChain.VerifyAsync(db, default);
        Assert.Contains($"Record {middle} was changed", changed.Problem);

        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM AccessRecords WHERE Id = {middle}");
        var deleted = await AuditChain.VerifyAsync(db, default);
        Assert.Contains("does not follow the record before it", deleted.Problem);
    }

    private async Task<int> CountAsync()
    {
        await using var db = await Audit();
        return await db.AccessRecords.CountAsync();
    }

    private Task<AuditContext> Audit() => host.Services.GetRequiredService<IDbContextFactory<AuditContext>>().CreateDbContextAsync();
}

/// <summary>Its own host: these tests take the audit store away.</summary>
public sealed class AuditUnavailableTests : IClassFixture<JobMatchHost>
{
    private readonly JobMatchHost host;

    public AuditUnavailableTests(JobMatchHost host) => this.host = host;

    [Fact]
    public async Task WithoutTheAuditStoreNoPersonalDataLeaves()
    {
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker);
        var query = "query($id: ID!) { citizen(id: $id) { name cpr } }";
        Assert.NotNull((await client.PostAsync(query, new { id = DemoCitizens.JobshopCitizen })).DataOrThrow()["citizen"]);

        var audit = Path.Combine(host.DataDirectory, "audit.db");
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(audit + suffix))
                File.Move(audit + suffix, audit + suffix + ".away");
        Directory.CreateDirectory(audit);
        try
        {
            var response = await client.PostAsync(query, new { id = DemoCitizens.JobshopCitizen });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
            Assert.Equal(["AUDIT_UNAVAILABLE"], response.ErrorCodes);
            Assert.Null(response.Data);
            Assert.DoesNotContain("Poulsen", response.Text);

            var health = await client.SendAsync(HttpMethod.Get, "/health", accept: "application/json");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Status);
            Assert.Equal("Down", health.Json!["sources"]!["Audit"]!.GetValue<string>());

            var reference = await client.PostAsync("{ departments { code } }");
            Assert.Equal(4, reference.DataOrThrow()["departments"]!.AsArray().Count);
        }
        finally
        {
            Directory.Delete(audit);
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                if (File.Exists(audit + suffix + ".away"))
                    File.Move(audit + suffix + ".away", audit + suffix);
        }

        Assert.NotNull((await client.PostAsync(query, new { id = DemoCitizens.JobshopCitizen })).DataOrThrow()["citizen"]);
    }
}
