using JobMatch.Data.Audit;
using JobMatch.Data.Employment;
using JobMatch.Data.Health;
using JobMatch.Data.Registry;
using JobMatch.Data.Social;
using JobMatch.Data.Youth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace JobMatch.Data.PostgreSql;

/// <summary>Lets dotnet-ef build each source's PostgreSQL model without a host or a server.</summary>
public abstract class DesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>().UseSource(DataProvider.PostgreSql, "Host=localhost;Database=jobmatch_design;Username=postgres").Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}

public sealed class RegistryFactory : DesignTimeFactory<RegistryContext>;

public sealed class EmploymentFactory : DesignTimeFactory<EmploymentContext>;

public sealed class SocialFactory : DesignTimeFactory<SocialContext>;

public sealed class HealthFactory : DesignTimeFactory<HealthContext>;

public sealed class YouthFactory : DesignTimeFactory<YouthContext>;

public sealed class AuditFactory : DesignTimeFactory<AuditContext>;
