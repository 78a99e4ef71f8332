using System.Net;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace JobMatch.Tests.Faults;

/// <summary>One source down: only its fields go null (SOURCE_UNAVAILABLE, naming it), /health says degraded, and it heals without a restart.</summary>
public sealed class SourceOutageTests : IClassFixture<JobMatchHost>
{
    private const string Query = """
        query($id: ID!) { citizen(id: $id) {
          name
          employmentStatus { employed }
          social { services { kind } }
          combinedPlan { entries { department title } unavailableSources }
        } }
        """;

    private readonly JobMatchHost host;

    public SourceOutageTests(JobMatchHost host) => this.host = host;

    [Fact]
    public async Task WithEmploymentDownEverythingElseStillArrivesAndItHeals()
    {
        // Sofie's consent from BIF to SOF is for job retention: with that purpose SOF reads BIF's part of her plan.
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker).For("JOB_RETENTION");
        var before = await client.PostAsync(Query, new { id = DemoCitizens.KlapJobParticipant });
        Assert.Empty(before.Errors);

        await WhileDown("employment", async () =>
        {
            var during = await client.PostAsync(Query, new { id = DemoCitizens.KlapJobParticipant });
            var citizen = during.Data!["citizen"]!;
            Assert.Equal(HttpStatusCode.OK, during.Status);
            Assert.NotNull(citizen["name"]);
            Assert.NotNull(citizen["social"]);
            Assert.Null(citizen["employmentStatus"]);
            var error = Assert.Single(during.Errors, e => e!["path"]!.AsArray().Select(p => p!.ToString()).SequenceEqual(["citizen", "employmentStatus"]));
            Assert.Equal("SOURCE_UNAVAILABLE", error!["extensions"]!["code"]!.GetValue<string>());
            Assert.Equal("Employment", error["extensions"]!["source"]!.GetValue<string>());
            Assert.Equal(["Employment"], citizen["combinedPlan"]!["unavailableSources"]!.AsArray().Select(s => s!.GetValue<string>()));
            Assert.Contains(citizen["combinedPlan"]!["entries"]!.AsArray(), e => e!["department"]!.GetValue<string>() == "SOF");
            // The plan arrives, and an error at it says which source's entries are missing.
            var planError = Assert.Single(during.Errors, e => e!["path"]!.AsArray().Select(p => p!.ToString()).SequenceEqual(["citizen", "combinedPlan"]));
            Assert.Equal("SOURCE_UNAVAILABLE", planError!["extensions"]!["code"]!.GetValue<string>());
            Assert.Equal("Employment", planError["extensions"]!["source"]!.GetValue<string>());
            Assert.DoesNotContain("   at ", during.Text);

            var health = await client.SendAsync(HttpMethod.Get, "/health", accept: "application/json");
            Assert.Equal(HttpStatusCode.OK, health.Status);
            Assert.Equal("Degraded", health.Json!["status"]!.GetValue<string>());
            Assert.Equal("Down", health.Json["sources"]!["Employment"]!.GetValue<string>());
        });

        var after = await client.PostAsync(Query, new { id = DemoCitizens.KlapJobParticipant });
        Assert.Empty(after.Errors);
        Assert.Empty(after.Data!["citizen"]!["combinedPlan"]!["unavailableSources"]!.AsArray());
    }

    [Fact]
    public async Task WithTheRegistryDownAListSaysSoInsteadOfFailingOpaquely()
    {
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker);
        await WhileDown("registry", async () =>
        {
            var response = await client.PostAsync("{ departments { code } citizens(first: 2) { edges { node { name } } } }");

            Assert.Null(response.Data?["citizens"]);
            Assert.All(response.Errors, e => Assert.Equal("SOURCE_UNAVAILABLE", e!["extensions"]!["code"]!.GetValue<string>()));
            Assert.Contains(response.Errors, e => e!["extensions"]!["source"]!.GetValue<string>() == "Registry");
        });
    }

    /// <summary>Agencies and projects are reference data held in memory: with the Registry down they still answer.</summary>
    [Fact]
    public async Task WithTheRegistryDownReferenceDataStillAnswersFromMemory()
    {
        var client = host.GraphQLAs(Departments.Social, Role.Caseworker);
        await WhileDown("registry", async () =>
        {
            var response = await client.PostAsync("""{ agency(code: "BIF") { name } project(code: "KLAPJOB") { name steps { name } } }""");

            Assert.Empty(response.Errors);
            Assert.NotNull(response.Data!["agency"]!["name"]);
            Assert.NotEmpty(response.Data["project"]!["steps"]!.AsArray());
        });
    }

    /// <summary>Runs <paramref name="during"/> with the source's SQLite files moved away, and puts them back after.</summary>
    private async Task WhileDown(string source, Func<Task> during)
    {
        var file = Path.Combine(host.DataDirectory, source + ".db");
        TakeAway(file);
        try
        {
            await during();
        }
        finally
        {
            Bring(file);
        }
    }

    // Pooled connections would keep the moved file open; a real outage has no such luck.
    private static void TakeAway(string file)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(file + suffix))
                File.Move(file + suffix, file + suffix + ".away");
    }

    private static void Bring(string file)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(file + suffix + ".away"))
                File.Move(file + suffix + ".away", file + suffix, overwrite: true);
    }
}
