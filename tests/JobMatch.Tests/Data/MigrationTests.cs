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

namespace JobMatch.Tests.Data;

/// <summary>Both providers' migrations match the model, and the SQL Server script can be generated without a server.</summary>
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
    }

    private static DbContext Open(DataProvider provider, Source source)
    {
        var connection = provider == DataProvider.Sqlite ? "Data Source=:memory:" : "Server=(local);Database=JobMatch;Trusted_Connection=True;TrustServerCertificate=True";
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
