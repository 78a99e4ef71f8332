using System.Net;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace JobMatch.Tests.Faults;

/// <summary>
/// What the host serves and what /health/ready says agree: a SQLite file deleted, replaced or locked while the host
/// runs is noticed on the next request (the pool does not serve the old file) and heals when it is back.
/// </summary>
public sealed class HealthTests(JobMatchHost host) : IClassFixture<JobMatchHost>
{
    private const string SocialQuery = "query($id: ID!) { citizen(id: $id) { name social { services { kind } } } }";

    [Fact]
    public async Task LivenessAsksNoSourceWhileReadinessReportsEach()
    {
        var client = host.GraphQL();
        var ready = await client.SendAsync(HttpMethod.Get, "/health/ready", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("Healthy", ready.Json!["status"]!.GetValue<string>());
        Assert.Equal("Up", ready.Json["sources"]!["Audit"]!.GetValue<string>());

        await WhileMovedAway("youth", async () =>
        {
            var live = await client.SendAsync(HttpMethod.Get, "/health/live", accept: "application/json");
            Assert.Equal(HttpStatusCode.OK, live.Status);
            Assert.Equal("""{"status":"Healthy"}""", live.Text);

            var during = await client.SendAsync(HttpMethod.Get, "/health/ready", accept: "application/json");
            Assert.Equal("Degraded", during.Json!["status"]!.GetValue<string>());
            Assert.Equal("Down", during.Json["sources"]!["Youth"]!.GetValue<string>());
            Assert.Contains("youth.db", during.Json["sources"]!["YouthProblem"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task ADeletedFileIsNoticedOnTheNextRequestThoughItsConnectionsArePooled()
    {
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker);
        // Warm the pool: these connections hold social.db open.
        Assert.NotEmpty((await client.PostAsync(SocialQuery, new { id = DemoCitizens.KlapJobParticipant })).DataOrThrow()["citizen"]!["social"]!["services"]!.AsArray());

        // No pool clearing here: the host must notice by itself.
        await WhileMovedAway("social", async () =>
        {
            var during = await client.PostAsync(SocialQuery, new { id = DemoCitizens.KlapJobParticipant });
            Assert.NotNull(during.Data!["citizen"]!["name"]);
            Assert.Null(during.Data["citizen"]!["social"]);
            Assert.Equal(["SOURCE_UNAVAILABLE"], during.ErrorCodes);

            var health = await client.SendAsync(HttpMethod.Get, "/health/ready", accept: "application/json");
            Assert.Equal("Down", health.Json!["sources"]!["Social"]!.GetValue<string>());
        }, clearPools: false);

        var after = await client.PostAsync(SocialQuery, new { id = DemoCitizens.KlapJobParticipant });
        Assert.NotEmpty(after.DataOrThrow()["citizen"]!["social"]!["services"]!.AsArray());
    }

    [Fact]
    public async Task AFileReplacedByGarbageIsReadAsItNowIsAndHealsWhenRestored()
    {
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker);
        Assert.NotEmpty((await client.PostAsync(SocialQuery, new { id = DemoCitizens.KlapJobParticipant })).DataOrThrow()["citizen"]!["social"]!["services"]!.AsArray());

        await WhileMovedAway("social", async () =>
        {
            var garbage = Path.Combine(host.DataDirectory, "social.db");
            await File.WriteAllBytesAsync(garbage + ".new", Enumerable.Range(0, 8192).Select(i => (byte)(i * 7)).ToArray());
            File.Move(garbage + ".new", garbage);

            var during = await client.PostAsync(SocialQuery, new { id = DemoCitizens.KlapJobParticipant });
            Assert.Null(during.Data!["citizen"]!["social"]);
            Assert.Equal(["SOURCE_UNAVAILABLE"], during.ErrorCodes);
            var health = await client.SendAsync(HttpMethod.Get, "/health/ready", accept: "application/json");
            Assert.Equal("Down", health.Json!["sources"]!["Social"]!.GetValue<string>());
        }, clearPools: false);

        var after = await client.PostAsync(SocialQuery, new { id = DemoCitizens.KlapJobParticipant });
        Assert.NotEmpty(after.DataOrThrow()["citizen"]!["social"]!["services"]!.AsArray());
    }

    [Fact]
    public async Task ALockedAuditStoreAnswersAuditUnavailableAndUnhealthyInsteadOfHoldingRequests()
    {
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker);
        var query = "query($id: ID!) { citizen(id: $id) { name } }";
        Assert.NotNull((await client.PostAsync(query, new { id = DemoCitizens.JobshopCitizen })).DataOrThrow()["citizen"]);

        // Another writer holds the audit file's one write lock and does not let go.
        await using (var holder = new SqliteConnection($"Data Source={Path.Combine(host.DataDirectory, "audit.db")};Pooling=False"))
        {
            await holder.OpenAsync();
            await using var transaction = await holder.BeginTransactionAsync();

            var response = await client.PostAsync(query, new { id = DemoCitizens.JobshopCitizen });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
            Assert.Equal(["AUDIT_UNAVAILABLE"], response.ErrorCodes);
            Assert.DoesNotContain("Poulsen", response.Text);

            var health = await client.SendAsync(HttpMethod.Get, "/health/ready", accept: "application/json");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Status);
            Assert.Equal("Unhealthy", health.Json!["status"]!.GetValue<string>());
            Assert.Equal("Down", health.Json["sources"]!["Audit"]!.GetValue<string>());
        }

        Assert.NotNull((await client.PostAsync(query, new { id = DemoCitizens.JobshopCitizen })).DataOrThrow()["citizen"]);
        var healed = await client.SendAsync(HttpMethod.Get, "/health/ready", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, healed.Status);
    }

    /// <summary>Runs <paramref name="during"/> with the source's SQLite files moved away, and puts them back after.</summary>
    private async Task WhileMovedAway(string source, Func<Task> during, bool clearPools = true)
    {
        var file = Path.Combine(host.DataDirectory, source + ".db");
        if (clearPools)
            SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(file + suffix))
                File.Move(file + suffix, file + suffix + ".away");
        try
        {
            await during();
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                if (File.Exists(file + suffix + ".away"))
                    File.Move(file + suffix + ".away", file + suffix, overwrite: true);
        }
    }
}

/// <summary>A host whose data folder lacks one department's store starts, serves the others and reports it.</summary>
public sealed class MissingStoreAtStartTests
{
    [Fact]
    public async Task TheHostStartsWithoutOneDepartmentsStoreServingTheOthers()
    {
        using var first = new JobMatchHost();
        _ = first.Services;
        var folder = Path.Combine(Path.GetTempPath(), "jobmatch-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(first.DataDirectory, "*.db"))
            if (Path.GetFileName(file) != "social.db")
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        try
        {
            using var second = new JobMatchHost();
            second.Settings["JobMatch:DataDirectory"] = folder;
            var client = second.GraphQLAs(Departments.Social, Role.Caseworker);

            var response = await client.PostAsync(SocialQueryText, new { id = DemoCitizens.KlapJobParticipant });

            Assert.NotNull(response.Data!["citizen"]!["name"]);
            Assert.Null(response.Data["citizen"]!["social"]);
            Assert.Equal(["SOURCE_UNAVAILABLE"], response.ErrorCodes);
            Assert.False(File.Exists(Path.Combine(folder, "social.db")), "a missing store must not come back as a new empty one");
            var health = await client.SendAsync(HttpMethod.Get, "/health/ready", accept: "application/json");
            Assert.Equal(HttpStatusCode.OK, health.Status);
            Assert.Equal("Degraded", health.Json!["status"]!.GetValue<string>());
            Assert.Equal("Down", health.Json["sources"]!["Social"]!.GetValue<string>());
            Assert.Equal("Up", health.Json["sources"]!["Registry"]!.GetValue<string>());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private const string SocialQueryText = "query($id: ID!) { citizen(id: $id) { name social { services { kind } } } }";
}
