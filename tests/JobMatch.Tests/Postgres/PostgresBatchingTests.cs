using JobMatch.Data.Registry;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Postgres;

/// <summary>Batching on PostgreSQL: a list of keys is one array parameter, and a page costs the same statements for 10 citizens as for 60.</summary>
public sealed class PostgresBatchingTests : IClassFixture<PostgresHost>
{
    private readonly PostgresHost host;

    public PostgresBatchingTests(PostgresHost host)
    {
        // About batching, not limits: a page of 60 with every source's detail costs more than the default allows.
        host.Settings["JobMatch:Limits:MaxComplexity"] = "100000";
        this.host = host;
    }
    private const string Page = """
        query Page($n: Int!) {
          citizens(first: $n, where: { department: "BIF" }) { edges { node {
            name cpr
            contactPersons { department { name } contactPerson { name unit { name } } }
            employmentStatus { employed placementKind }
            employment { goals { text } activities { title } placements { kind employer { name } } benefits { benefit { name } } }
            enrollments { project { name } steps { name } }
          } } }
        }
        """;

    [Fact]
    public async Task SeveralKeysAreOneArrayParameter()
    {
        await host.GraphQL().PostAsync("{ departments { code } }");
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync();
        Guid[] keys = [DemoCitizens.KlapJobParticipant, DemoCitizens.SharedCashBenefitCitizen, DemoCitizens.StuStudent];
        var query = db.Citizens.Where(KeyFilter.Matching<Citizen>(c => c.Id, keys));

        Assert.Contains("= ANY (@Keys)", query.ToQueryString());
        Assert.Equal(keys.Order(), (await query.Select(c => c.Id).ToListAsync()).Order());
    }

    [Fact]
    public async Task APageCostsTheSameStatementsForTenCitizensAsForSixty()
    {
        var client = host.GraphQLAs(Departments.Employment, Role.Caseworker);

        var ten = await client.PostAsync(Page, new { n = 10 });
        var sixty = await client.PostAsync(Page, new { n = 60 });

        Assert.Equal(10, ten.DataOrThrow()["citizens"]!["edges"]!.AsArray().Count);
        Assert.Equal(60, sixty.DataOrThrow()["citizens"]!["edges"]!.AsArray().Count);
        Assert.Equal(ten.SqlStatements, sixty.SqlStatements);
    }
}
