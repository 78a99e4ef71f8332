using JobMatch.Data.Registry;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Batching;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Batching;

/// <summary>
/// A batch's WHERE on a real SQLite source: one key is an equality, several are one JSON parameter, and the keys
/// are always parameters (a literal key would translate and cache a new statement per citizen).
/// </summary>
public sealed class KeyFilterTests(JobMatchHost host) : IClassFixture<JobMatchHost>
{
    private async Task<RegistryContext> RegistryAsync()
    {
        await host.GraphQL().PostAsync("{ departments { code } }");
        return await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync();
    }

    [Fact]
    public async Task OneKeyIsAnEqualityOnAParameter()
    {
        await using var db = await RegistryAsync();
        var query = db.Citizens.Where(KeyFilter.Matching<Citizen>(c => c.Id, [DemoCitizens.SharedCashBenefitCitizen]));

        Assert.Contains("\"c\".\"Id\" = @Key", query.ToQueryString());
        Assert.Equal("Mads", Assert.Single(await query.ToListAsync()).FirstName);
    }

    [Fact]
    public async Task SeveralKeysAreOneJsonParameter()
    {
        await using var db = await RegistryAsync();
        Guid[] keys = [DemoCitizens.KlapJobParticipant, DemoCitizens.SharedCashBenefitCitizen, DemoCitizens.StuStudent];
        var query = db.Citizens.Where(KeyFilter.Matching<Citizen>(c => c.Id, keys));

        Assert.Contains("json_each(@Keys)", query.ToQueryString());
        Assert.Equal(keys.Order(), (await query.Select(c => c.Id).ToListAsync()).Order());
    }
}
