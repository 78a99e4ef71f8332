using JobMatch.Data.Audit;
using JobMatch.Data.Employment;
using JobMatch.Data.Health;
using JobMatch.Data.Registry;
using JobMatch.Data.Social;
using JobMatch.Data.Youth;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Data;

/// <summary>Which DbContext serves which source, and how to reach each source's store.</summary>
public static class SourceContexts
{
    public static readonly IReadOnlyDictionary<Type, Source> ByContext = new Dictionary<Type, Source>
    {
        [typeof(RegistryContext)] = Source.Registry,
        [typeof(EmploymentContext)] = Source.Employment,
        [typeof(SocialContext)] = Source.Social,
        [typeof(HealthContext)] = Source.Health,
        [typeof(YouthContext)] = Source.Youth,
        [typeof(AuditContext)] = Source.Audit,
    };

    public static Source SourceOf(DbContext context) => ByContext[context.GetType()];

    public static string MigrationsAssembly(DataProvider provider) => provider switch
    {
        DataProvider.Sqlite => "JobMatch.Data.Sqlite",
        DataProvider.PostgreSql => "JobMatch.Data.PostgreSql",
        _ => "JobMatch.Data.SqlServer",
    };

    /// <summary>Applies the provider, its migrations assembly and the connection string to a source's options.</summary>
    /// <remarks>
    /// A list of keys (<c>ids.Contains(r.CitizenId)</c>, what every batch loader asks) goes to the database as one
    /// JSON parameter (<c>json_each</c>, <c>OPENJSON</c>). EF Core 10's default, one parameter per key, makes the SQL
    /// depend on the number of keys and so cannot cache it: every such query was translated again, under a lock,
    /// on every request.
    /// </remarks>
    public static DbContextOptionsBuilder UseSource(this DbContextOptionsBuilder options, DataProvider provider, string connectionString) =>
        provider switch
        {
            DataProvider.Sqlite => options.UseSqlite(connectionString, o => o
                .MigrationsAssembly(MigrationsAssembly(provider))
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)),
            // No retrying strategy: the audit append is one transaction that must not be replayed half-way by a
            // strategy that cannot see it; a failed append is reported as AUDIT_UNAVAILABLE instead.
            DataProvider.PostgreSql => options.UseNpgsql(connectionString, o => o
                .MigrationsAssembly(MigrationsAssembly(provider))
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)),
            _ => options.UseSqlServer(connectionString, o => o
                .MigrationsAssembly(MigrationsAssembly(provider))
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)
                .EnableRetryOnFailure()),
        };
}
