using JobMatch.Data;
using JobMatch.Data.Audit;
using JobMatch.Data.Employment;
using JobMatch.Data.Health;
using JobMatch.Data.Registry;
using JobMatch.Data.Social;
using JobMatch.Data.Youth;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace JobMatch.Tests.Data;

/// <summary>
/// Every provider's migrations match the model; the SQL Server scripts are generated and parsed by SQL Server's own
/// parser without a server; an existing SQLite audit store upgrades without losing its records.
/// </summary>
public sealed class MigrationTests
{
    public static TheoryData<DataProvider, Source> SourcesByProvider()
    {
        var data = new TheoryData<DataProvider, Source>();
        foreach (var provider in Enum.GetValues<DataProvider>())
            foreach (var source in SourceStores.All)
                data.Add(provider, source);
        return data;
    }

    [Theory]
    [MemberData(nameof(SourcesByProvider))]
    public void ModelHasNoPendingChanges(DataProvider provider, Source source)
    {
        using var db = Open(provider, source);

        Assert.False(db.Database.HasPendingModelChanges(), $"{source} has model changes without a {provider} migration: run scripts/add-migration.sh <Name> {source}.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Theory]
    [InlineData(Source.Registry, "CREATE TABLE [Citizens]")]
    [InlineData(Source.Employment, "CREATE TABLE [Placements]")]
    [InlineData(Source.Social, "CREATE TABLE [Services]")]
    [InlineData(Source.Health, "CREATE TABLE [Episodes]")]
    [InlineData(Source.Youth, "CREATE TABLE [TransitionPlans]")]
    [InlineData(Source.Audit, "CREATE TABLE [AccessRecords]")]
    public void SqlServerScriptIsGenerated(Source source, string expected)
    {
        using var db = Open(DataProvider.SqlServer, source);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var folder = Path.Combine(AppContext.BaseDirectory, "sqlserver-scripts");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"{source}.sql"), script);

        Assert.Contains(expected, script);
        Assert.Contains("__EFMigrationsHistory", script);
        // No SQL Server runs here: the next best is SQL Server's own parser, which a syntax error fails.
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);
        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
    }

    [Fact]
    public void TheSqlServerParserRefusesABrokenScript()
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader("CREATE TABLE [AccessRequests] ([Id] bigint NOT NULL IDENTITY, CONSTRAINT [PK] PRIMARY KEY ([Id]);\nGO");

        parser.Parse(reader, out var errors);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task UpgradingASqliteAuditStoreKeepsTheOldRecordsAndStartsTheRequestChain()
    {
        var file = Path.Combine(Path.GetTempPath(), "jobmatch-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        try
        {
            await using (var db = new AuditContext(Options<AuditContext>(DataProvider.Sqlite, $"Data Source={file};Pooling=False")))
            {
                var migrations = db.Database.GetMigrations().ToList();
                await db.GetService<IMigrator>().MigrateAsync(migrations[0]);
                await db.Database.ExecuteSqlRawAsync("""
                    INSERT INTO AccessRecords (At, RequestId, Subject, Role, CitizenId, Category, Operation, Allowed, PreviousHash, Hash)
                    VALUES ('2026-11-01 10:00:00', 'old-request', 'someone', 'Caseworker', '9b2c6f8e-1d2a-4c4e-8f00-000000000001', 'Identity', 'Read', 1, 'genesis', 'h1')
                    """);

                await db.Database.MigrateAsync();

                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(1, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM AccessRecordsBeforeRequestChain WHERE RequestId = 'old-request'").SingleAsync());
                Assert.Equal(0, await db.AccessRequests.CountAsync());
                Assert.Equal(0, await db.AccessRecords.CountAsync());
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(DataProvider.Sqlite)]
    [InlineData(DataProvider.PostgreSql)]
    public async Task UpgradingARegistryGivesEveryContactAssignmentItsCitizensBirthDate(DataProvider provider)
    {
        var file = Path.Combine(Path.GetTempPath(), "jobmatch-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var connection = provider == DataProvider.Sqlite
            ? $"Data Source={file};Pooling=False"
            : Postgres.TestPostgres.Database("jm_" + Guid.NewGuid().ToString("N")[..16] + "_upgrade");
        try
        {
            await using var db = new RegistryContext(Options<RegistryContext>(provider, connection));
            var migrations = db.Database.GetMigrations().ToList();
            var added = migrations.FindIndex(m => m.EndsWith("_AddCaseloadByBirthDate", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(migrations[added - 1]);
            // Rows as an older release wrote them: no birth date beside the assignment.
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Citizens" ("Id", "Cpr", "FirstName", "LastName", "BirthDate", "District", "SearchDistrict", "SearchFirstName", "SearchLastName", "SearchName")
                VALUES ('0a7e1b3c-0000-4000-8000-000000000001', '0101801234', 'Aase', 'Ågård', '1980-01-01', 'Valby', 'valby', 'aase', 'ågård', 'aase ågård');
                INSERT INTO "ContactAssignments" ("Id", "CitizenId", "EmployeeId", "DepartmentCode", "Responsibility", "From", "Version")
                VALUES ('0a7e1b3c-0000-4000-8000-0000000000a1', '0a7e1b3c-0000-4000-8000-000000000001', '0a7e1b3c-0000-4000-8000-0000000000e1', 'SOF', 'Socialrådgiver', '2025-01-01', 1);
                """);

            await db.Database.MigrateAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var assignment = await db.ContactAssignments.AsNoTracking().SingleAsync();
            Assert.Equal(new DateOnly(1980, 1, 1), assignment.CitizenBirthDate);
        }
        finally
        {
            if (provider == DataProvider.Sqlite)
                File.Delete(file);
        }
    }

    private static DbContext Open(DataProvider provider, Source source)
    {
        var connection = provider switch
        {
            DataProvider.Sqlite => "Data Source=:memory:",
            DataProvider.PostgreSql => "Host=localhost;Database=jobmatch;Username=postgres",
            _ => "Server=(local);Database=JobMatch;Trusted_Connection=True;TrustServerCertificate=True",
        };
        return source switch
        {
            Source.Registry => new RegistryContext(Options<RegistryContext>(provider, connection)),
            Source.Employment => new EmploymentContext(Options<EmploymentContext>(provider, connection)),
            Source.Social => new SocialContext(Options<SocialContext>(provider, connection)),
            Source.Health => new HealthContext(Options<HealthContext>(provider, connection)),
            Source.Youth => new YouthContext(Options<YouthContext>(provider, connection)),
            _ => new AuditContext(Options<AuditContext>(provider, connection)),
        };
    }

    private static DbContextOptions<T> Options<T>(DataProvider provider, string connection) where T : DbContext =>
        (DbContextOptions<T>)new DbContextOptionsBuilder<T>().UseSource(provider, connection).Options;
}
