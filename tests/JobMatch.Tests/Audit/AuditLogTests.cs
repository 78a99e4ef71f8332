using System.Net;
using JobMatch.Data.Audit;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Graph.Audit;
using JobMatch.Tests.Infrastructure;
using JobMatch.Tests.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Audit;

/// <summary>
/// One chained row per request with one record per citizen and category; a changed or deleted record or request is
/// detected; a fork is refused by the database. Run on SQLite and on PostgreSQL.
/// </summary>
public abstract class AuditLogTestsBase<THost>(THost host) : IClassFixture<THost> where THost : JobMatchHost
{
    [Fact]
    public async Task EachRequestLogsOneRowWithOneRecordPerCitizenAndCategoryTouched()
    {
        var before = await CountAsync();

        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync("""
            { citizens(first: 3, where: { department: "BIF" }) { edges { node { name alias: name employmentStatus { employed } health { episodes { kind } } } } } }
            """);

        Assert.Equal(3, response.Data!["citizens"]!["edges"]!.AsArray().Count);
        // Three citizens × (Identity, EmploymentSummary, HealthDetail): the alias reads Identity again but logs nothing twice.
        Assert.Equal((before.Requests + 1, before.Records + 9), await CountAsync());
        await using var db = await Audit();
        var request = await db.AccessRequests.OrderByDescending(r => r.Id).FirstAsync();
        var records = await db.AccessRecords.Where(r => r.RequestId == request.Id).ToListAsync();
        Assert.Equal(9, records.Count);
        Assert.Equal(Departments.Employment, request.Department);
        Assert.All(records.Where(r => r.Category == "HealthDetail"), r => Assert.False(r.Allowed));
        Assert.All(records.Where(r => r.Category != "HealthDetail"), r => Assert.True(r.Allowed));
    }

    [Fact]
    public async Task AuditorsReadTheLogThroughTheRequestRows()
    {
        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker);
        var read = await sof.PostAsync("query Look($id: ID!) { citizen(id: $id) { name } }", new { id = DemoCitizens.JobshopCitizen }, operationName: "Look");
        read.DataOrThrow();

        var log = await host.GraphQLAs(null, Role.Auditor).PostAsync("""
            query($id: ID!) { accessLog(citizenId: $id, first: 5) { edges { node { citizenId category operation operationName department allowed criterion outsideCaseload hash } } } }
            """, new { id = DemoCitizens.JobshopCitizen });

        var node = log.DataOrThrow()["accessLog"]!["edges"]!.AsArray()[0]!["node"]!;
        Assert.Equal(DemoCitizens.JobshopCitizen.ToString(), node["citizenId"]!.GetValue<string>());
        Assert.Equal("Identity", node["category"]!.GetValue<string>());
        Assert.Equal("Read", node["operation"]!.GetValue<string>());
        Assert.Equal("Look", node["operationName"]!.GetValue<string>());
        Assert.Equal("SOF", node["department"]!.GetValue<string>());
        Assert.Null(node["criterion"]);
        Assert.False(node["outsideCaseload"]!.GetValue<bool>());
        Assert.Equal(64, node["hash"]!.GetValue<string>().Length);
    }

    [Fact]
    public async Task ChangingOrDeletingARecordOrARequestBreaksTheChain()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        for (var i = 0; i < 4; i++)
            await bif.PostAsync("{ citizens(first: 2) { edges { node { name } } } }");
        await using var db = await Audit();
        Assert.Null((await AuditChain.VerifyAsync(db, default)).Problem);
        var ids = await db.AccessRequests.OrderByDescending(r => r.Id).Select(r => r.Id).Take(4).ToListAsync();

        // A record's category changed: its request's hash no longer covers it.
        var changedRequest = ids[1];
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"AccessRecords\" SET \"Category\" = 'Audit' WHERE \"Id\" = (SELECT MIN(\"Id\") FROM \"AccessRecords\" WHERE \"RequestId\" = {changedRequest})");
        Assert.Contains($"Request {changedRequest} or one of its records was changed or deleted", (await AuditChain.VerifyAsync(db, default)).Problem);
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"AccessRecords\" SET \"Category\" = 'Identity' WHERE \"RequestId\" = {changedRequest}");
        Assert.Null((await AuditChain.VerifyAsync(db, default)).Problem);

        // A record deleted.
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"AccessRecords\" WHERE \"Id\" = (SELECT MIN(\"Id\") FROM \"AccessRecords\" WHERE \"RequestId\" = {ids[2]})");
        Assert.Contains($"Request {ids[2]} or one of its records", (await AuditChain.VerifyAsync(db, default)).Problem);

        // A whole request deleted, records and all: the one after it no longer follows.
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"AccessRecords\" WHERE \"RequestId\" = {ids[3]}");
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"AccessRequests\" WHERE \"Id\" = {ids[3]}");
        var problem = (await AuditChain.VerifyAsync(db, default)).Problem;
        Assert.Contains("does not follow the request before it", problem);
    }

    [Fact]
    public async Task TwoAppendsAfterTheSameHeadFromTwoConnectionsAreRefusedByTheDatabase()
    {
        await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync("{ citizens(first: 1) { edges { node { name } } } }");
        await using var first = await Audit();
        await using var second = await Audit();
        var head = await first.AccessRequests.OrderByDescending(r => r.Id).Select(r => r.Hash).FirstAsync();

        // Two writers that both read the same head and skip the chain lock, as two instances without it would.
        first.AccessRequests.Add(Link(head, "fork-a"));
        second.AccessRequests.Add(Link(head, "fork-b"));
        await first.SaveChangesAsync();
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());

        Assert.Contains("PreviousHash", refused.InnerException!.Message + ConstraintOf(refused.InnerException));
        await using var check = await Audit();
        Assert.Equal(1, await check.AccessRequests.CountAsync(r => r.PreviousHash == head));
        Assert.Equal(0, await check.AccessRequests.CountAsync(r => r.CorrelationId == "fork-b"));
    }

    private static AccessRequest Link(string previous, string correlationId)
    {
        var row = new AccessRequest { At = AuditChain.Stored(DateTime.UtcNow), CorrelationId = correlationId, Subject = "forger", Role = "Caseworker", PreviousHash = previous, Hash = "" };
        row.Hash = AuditChain.HashOf(row, []);
        return row;
    }

    // PostgreSQL names the violated index in its own field; SQLite names the column in the message.
    private static string ConstraintOf(Exception e) => e is Npgsql.PostgresException p ? p.ConstraintName ?? "" : "";

    private async Task<(int Requests, int Records)> CountAsync()
    {
        await using var db = await Audit();
        return (await db.AccessRequests.CountAsync(), await db.AccessRecords.CountAsync());
    }

    private Task<AuditContext> Audit() => host.Services.GetRequiredService<IDbContextFactory<AuditContext>>().CreateDbContextAsync();
}

public sealed class AuditLogTests(JobMatchHost host) : AuditLogTestsBase<JobMatchHost>(host);

public sealed class PostgresAuditLogTests(PostgresHost host) : AuditLogTestsBase<PostgresHost>(host);

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
