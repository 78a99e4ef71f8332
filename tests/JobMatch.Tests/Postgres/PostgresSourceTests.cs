using JobMatch.Data;
using JobMatch.Data.Registry;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using JobMatch.Tests.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Postgres;

/// <summary>The sources on PostgreSQL: migrations apply, the seed writes what it writes on SQLite, name search folds case and accents.</summary>
public sealed class PostgresSourceTests(PostgresHost host) : IClassFixture<PostgresHost>
{
    [Fact]
    public async Task EverySourceMigratesOnPostgresAndMigratingAgainChangesNothing()
    {
        await using var sources = await PostgresSources.CreateAsync();

        foreach (var source in SourceStores.All)
        {
            await using var db = await sources.Stores.OpenAsync(source, default);
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }
        await sources.Stores.MigrateAllAsync(default);
        Assert.True(await sources.Stores.IsAvailableAsync(Source.Audit, default));
    }

    [Fact]
    public async Task SeedingPostgresWritesTheSameRowsAsSqlite()
    {
        await using var postgres = await PostgresSources.CreateAsync();
        await using var sqlite = await TempSources.CreateAsync();

        Assert.True(await Seeder.SeedAsync(postgres.Stores, 120, default));
        Assert.True(await Seeder.SeedAsync(sqlite.Stores, 120, default));

        var counts = await SourceDump.CountAsync(postgres.Stores);
        Assert.Equal(120, counts["Registry.Citizens"]);
        Assert.Equal(await SourceDump.CountAsync(sqlite.Stores), counts);
        await using var registry = await postgres.Stores.OpenAsync(Source.Registry, default);
        var klap = await ((RegistryContext)registry).Citizens.SingleAsync(c => c.Id == DemoCitizens.KlapJobParticipant);
        Assert.Equal(DemoCitizens.KlapJobParticipantCpr, klap.Cpr);
        Assert.False(await Seeder.SeedAsync(postgres.Stores, 120, default));
    }

    [Fact]
    public async Task NameSearchOnPostgresIgnoresCaseAndAccents()
    {
        var services = host.Services;
        await using var db = await services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync();
        var target = await db.Citizens
            .Where(c => c.LastName.Contains("ø") && db.ContactAssignments.Any(a => a.CitizenId == c.Id && a.DepartmentCode == Departments.Employment && a.To == null))
            .OrderBy(c => c.Id).FirstAsync();
        // The Danish way: case does not matter, ø stays a letter of its own.
        var lower = target.LastName.ToLowerInvariant();

        var client = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        foreach (var term in new[] { lower, target.LastName.ToUpperInvariant() })
        {
            var response = await client.PostAsync("""
                query($name: String!) { citizens(first: 100, where: { name: { contains: $name }, involvedDepartment: { eq: BIF } }) { edges { node { id } } } }
                """, new { name = term });
            var ids = response.DataOrThrow()["citizens"]!["edges"]!.AsArray().Select(e => Guid.Parse(e!["node"]!["id"]!.GetValue<string>()));
            Assert.Contains(target.Id, ids);
        }
    }
}
