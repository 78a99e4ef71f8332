using JobMatch.Data.Registry;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JobMatch.Tests.Batching;

/// <summary>
/// No query per row: a page of citizens with fields from every source, read under consents (the hardest path:
/// consents load first, then each source), costs the same statements for 10 citizens as for 100.
/// </summary>
public sealed class StatementCountTests : IClassFixture<JobMatchHost>, IAsyncLifetime
{
    private const string EverySource = """
        query Page($n: Int!) {
          citizens(first: $n) { edges { node {
            name cpr phone
            contactPersons { department { name } contactPerson { name unit { name } } }
            consents { purpose }
            employmentStatus { employed placementKind }
            employment {
              targetGroup { targetGroup { name } }
              benefits { benefit { name } }
              goals { text } activities { title }
              placements { kind employer { name } }
            }
            enrollments { project { name } referredBy { name } steps { name } }
            social { actionPlan { purpose } goals { text } services { kind provider { name } } substanceTreatments { substance } }
            health { episodes { kind title } }
            youth { educations { programme } transitionPlan { summary } }
            combinedPlan { entries { date title } departments { department visible contactPerson { contactPerson { name } } } }
          } } }
        }
        """;

    private readonly JobMatchHost host;
    private readonly ITestOutputHelper output;

    public StatementCountTests(JobMatchHost host, ITestOutputHelper output)
    {
        // This test is about batching, not limits: a page of 100 with every source's detail costs more than the default allows.
        host.Settings["JobMatch:Limits:MaxComplexity"] = "100000";
        this.host = host;
        this.output = output;
    }

    /// <summary>Consents from every other department to BIF for the first 100 citizens, so every source is read.</summary>
    public async Task InitializeAsync()
    {
        await host.GraphQL().PostAsync("{ departments { code } }");
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync();
        if (await db.Consents.AnyAsync(c => c.RecordedBy == "statement-count test"))
            return;
        var ids = await db.Citizens.Where(c => db.ContactAssignments.Any(a => a.CitizenId == c.Id && a.DepartmentCode == "BIF" && a.To == null)).OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id).Select(c => c.Id).Take(100).ToListAsync();
        foreach (var id in ids)
            foreach (var (sharing, category) in new[] { ("SOF", "SocialDetail"), ("SUF", "HealthDetail"), ("BUF", "YouthDetail") })
                db.Consents.Add(new Consent
                {
                    Id = Guid.NewGuid(),
                    CitizenId = id,
                    SharingDepartment = sharing,
                    ReceivingDepartment = "BIF",
                    Categories = category,
                    Purpose = "COORDINATED_PLAN",
                    RecordedBy = "statement-count test",
                    LegalBasis = "test",
                    ValidFrom = new DateOnly(2020, 1, 1),
                    RecordedAt = DateTime.UtcNow,
                    ConfirmedAt = DateTime.UtcNow,
                });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task APageCostsTheSameStatementsForTenAndAHundredCitizens()
    {
        var client = host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN");

        var ten = await client.PostAsync(EverySource, new { n = 10 });
        var hundred = await client.PostAsync(EverySource, new { n = 100 });

        Assert.Empty(ten.Errors);
        Assert.Empty(hundred.Errors);
        Assert.Equal(100, hundred.Data!["citizens"]!["edges"]!.AsArray().Count);
        Assert.Contains(hundred.Data["citizens"]!["edges"]!.AsArray(), e => e!["node"]!["health"]!["episodes"]!.AsArray().Count > 0);
        var readTen = Statements(ten);
        var readHundred = Statements(hundred);
        output.WriteLine($"10 citizens: {readTen} statements; 100 citizens: {readHundred} statements; by source: {hundred.Json!["extensions"]!["diagnostics"]!["sources"]!.ToJsonString()}");
        Assert.True(readTen == readHundred, $"10 citizens ran {readTen} statements, 100 ran {readHundred}: something queries per row.");
        Assert.InRange(readHundred, 10, 45);
    }

    /// <summary>
    /// A record set asked for on two levels of one request (placements for the employment status on level 2 and for
    /// the employment detail on level 3; contact assignments for the contact persons and again for the plan's
    /// departments) is read once.
    /// </summary>
    [Fact]
    public async Task RecordsAskedForAgainOnADeeperLevelAreNotReadAgain()
    {
        var client = host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN");
        // The employment summary reads the placements, activities, benefits and target groups the detail also reads.
        const string once = "{ citizens(first: 50) { edges { node { employment { placements { kind } activities { from } benefits { from } targetGroupHistory { from } } } } } }";
        const string twice = "{ citizens(first: 50) { edges { node { employmentStatus { employed } employment { placements { kind } activities { from } benefits { from } targetGroupHistory { from } } } } } }";
        const string plan = "{ citizens(first: 50) { edges { node { combinedPlan { departments { department } } } } } }";
        const string planAndPersons = """
            { citizens(first: 50) { edges { node {
              combinedPlan { departments { department contactPerson { department { code } } } }
              contactPersons { department { code } }
            } } } }
            """;

        var responses = new List<GraphQLResponse>();
        foreach (var document in new[] { once, twice, plan, planAndPersons })
            responses.Add(await client.PostAsync(document));

        Assert.All(responses, r => Assert.Empty(r.Errors));
        Assert.Equal(StatementsOf(responses[0], "Employment"), StatementsOf(responses[1], "Employment"));
        Assert.Equal(StatementsOf(responses[2], "Registry"), StatementsOf(responses[3], "Registry"));
    }

    /// <summary>
    /// Agencies, projects, target groups and benefit types come from memory: asking for them adds no statement. Both
    /// documents ask for what is not reference data alike: the employees who referred each enrolment, and a contact
    /// person's title, which is the department's detail (the consents are read for it).
    /// </summary>
    [Fact]
    public async Task ReferenceDataAddsNoStatement()
    {
        var client = host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN");
        const string without = """
            { citizens(first: 50) { edges { node {
              contactPersons { contactPerson { name title } }
              employment { targetGroup { from } benefits { from } }
              enrollments { status referredBy { name } }
            } } } }
            """;
        const string with = """
            { citizens(first: 50) { edges { node {
              contactPersons { department { name } contactPerson { name title unit { name department { name } } } }
              employment { targetGroup { from targetGroup { name } } benefits { from benefit { name } } }
              enrollments { status project { name owner { name } steps { name } } referredBy { name } }
            } } } }
            """;

        var plain = await client.PostAsync(without);
        var referring = await client.PostAsync(with);

        Assert.Empty(plain.Errors);
        Assert.Empty(referring.Errors);
        Assert.Contains(referring.Data!["citizens"]!["edges"]!.AsArray(), e => e!["node"]!["enrollments"]!.AsArray().Count > 0);
        Assert.Equal(Statements(plain), Statements(referring));
    }

    /// <summary>
    /// The contact persons come in the statement that reads the contact assignments, which every decision about a
    /// citizen reads anyway: showing whom to call adds no statement to a page or a plan.
    /// </summary>
    [Fact]
    public async Task ContactPersonsAddNoStatementToAPageOrAPlan()
    {
        var client = host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN");
        var names = await client.PostAsync("{ citizens(first: 50) { edges { node { name } } } }");
        var withContacts = await client.PostAsync("""
            { citizens(first: 50) { edges { node { name contactPersons { contactPerson { name phone email } } } } } }
            """);
        var plan = await client.PostAsync($$"""
            { citizen(id: "{{DemoCitizens.SharedCashBenefitCitizen}}") { combinedPlan {
              entries { title unit { name } responsible { contactPerson { name phone } } }
              departments { department contactPerson { contactPerson { name title email } } }
            } } }
            """);
        var planAlone = await client.PostAsync($$"""
            { citizen(id: "{{DemoCitizens.SharedCashBenefitCitizen}}") { combinedPlan { entries { title } departments { department } } } }
            """);

        Assert.Empty(names.Errors);
        Assert.Empty(withContacts.Errors);
        Assert.Empty(plan.Errors);
        Assert.Empty(planAlone.Errors);
        Assert.Contains(withContacts.Data!["citizens"]!["edges"]!.AsArray(), e => e!["node"]!["contactPersons"]!.AsArray().Any(c => c!["contactPerson"]?["name"] is not null));
        Assert.Contains(plan.Data!["citizen"]!["combinedPlan"]!["entries"]!.AsArray(), e => e!["responsible"]?["contactPerson"]?["name"] is not null);
        Assert.Equal(StatementsOf(names, "Registry"), StatementsOf(withContacts, "Registry"));
        Assert.Equal(StatementsOf(planAlone, "Registry"), StatementsOf(plan, "Registry"));
    }

    /// <summary>
    /// A page reads its fields' rows before they resolve, but only what the fields themselves would read: a field left
    /// out by <c>@include</c> reads nothing, and neither does a field the viewer may not see.
    /// </summary>
    [Fact]
    public async Task APageReadsNothingForAFieldItLeavesOutOrMayNotSee()
    {
        const string page = """
            query Page($health: Boolean!) { citizens(first: 50) { edges { node {
              name health @include(if: $health) { episodes { kind } }
            } } } }
            """;
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker).For("COORDINATED_PLAN");
        var left = await bif.PostAsync(page, new { health = false });
        var kept = await bif.PostAsync(page, new { health = true });

        Assert.Empty(left.Errors);
        Assert.Empty(kept.Errors);
        Assert.Equal(0, StatementsOf(left, "Health"));
        Assert.True(StatementsOf(kept, "Health") > 0, "the page with the health detail read no Health statement");

        // SOF has no consent to BIF's detail for anyone: every citizen's employment is refused, and Employment is not read.
        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker).For("COORDINATED_PLAN");
        var refused = await sof.PostAsync("{ citizens(first: 50) { edges { node { name employment { goals { text } placements { kind } } } } } }");
        Assert.NotEmpty(refused.Errors);
        Assert.All(refused.Errors, e => Assert.Equal("employment", e!["path"]!.AsArray().Last()!.ToString()));
        Assert.Equal(0, StatementsOf(refused, "Employment"));
    }

    private static int StatementsOf(GraphQLResponse response, string source) =>
        response.Json!["extensions"]!["diagnostics"]!["sources"]![source]?["statements"]?.GetValue<int>() ?? 0;

    /// <summary>Statements that read the sources; the audit log's own write is counted apart.</summary>
    private static int Statements(GraphQLResponse response) =>
        response.Json!["extensions"]!["diagnostics"]!["sources"]!.AsObject()
            .Where(s => s.Key != "Audit").Sum(s => s.Value!["statements"]!.GetValue<int>());
}
