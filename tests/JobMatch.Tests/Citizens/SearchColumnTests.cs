using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Citizens;

/// <summary>A store written before the search columns existed is searchable after its migration fills them.</summary>
public sealed class SearchColumnTests : IDisposable
{
    private readonly JobMatchHost host = new();

    [Fact]
    public async Task CitizensWrittenWithoutTheFoldedColumnsAreFoundOnceTheyAreFilled()
    {
        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker);
        const string query = "{ citizens(first: 100, where: { district: { eq: \"NØRREBRO\" } }) { totalCount } }";
        var before = (await sof.PostAsync(query)).DataOrThrow()["citizens"]!["totalCount"]!.GetValue<int>();

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync();
        // As the migration leaves rows written before it: the columns exist, empty.
        await db.Database.ExecuteSqlRawAsync("UPDATE \"Citizens\" SET \"SearchFirstName\" = '', \"SearchLastName\" = '', \"SearchDistrict\" = ''");
        var emptied = (await sof.PostAsync(query)).DataOrThrow()["citizens"]!["totalCount"]!.GetValue<int>();
        await CitizenSearchColumns.FillAsync(db, CancellationToken.None);
        var filled = (await sof.PostAsync(query)).DataOrThrow()["citizens"]!["totalCount"]!.GetValue<int>();

        Assert.True(before > 0);
        Assert.Equal(0, emptied);
        Assert.Equal(before, filled);
        Assert.Equal(0, await db.Citizens.CountAsync(c => c.SearchLastName == "" || c.SearchDistrict != "nørrebro" && c.District == "Nørrebro"));
    }

    public void Dispose() => host.Dispose();
}
