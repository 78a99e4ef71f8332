using System.Net;
using System.Text.Json;
using GraphQL.Types;
using JobMatch.Data.Employment;
using JobMatch.Data.Health;
using JobMatch.Data.Registry;
using JobMatch.Data.Seeding;
using JobMatch.Data.Social;
using JobMatch.Data.Youth;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Fuzz;

/// <summary>
/// Random valid and broken documents and variables, as four personas: never a 5xx, never our insides in a
/// message, and never a record the access table denies the persona (recognised by its id or CPR number).
/// </summary>
public sealed class FuzzTests : IClassFixture<FuzzTests.FuzzHost>
{
    public sealed class FuzzHost : JobMatchHost
    {
        public FuzzHost() => Settings["JobMatch:Limits:RequestsPerMinute"] = "1000000";
    }

    private const int Documents = 600;
    private static readonly string[] Internals = ["   at ", "Exception", "Microsoft.", "System.", "SELECT ", "SQLite", "JobMatch.Graph", "JobMatch.Data"];
    private readonly FuzzHost host;

    public FuzzTests(FuzzHost host) => this.host = host;

    private sealed record Persona(string Name, GraphQLClient Client, HashSet<string> Forbidden);

    [Fact]
    public async Task RandomDocumentsNeverBreakTheServerOrLeakWhatTheTableDenies()
    {
        await host.GraphQL().PostAsync("{ departments { code } }");
        var sources = await ForbiddenAsync();
        var own = DemoCitizens.JobshopCitizen;
        var personas = new[]
        {
            new Persona("anonymous", host.GraphQL(), sources.AllCitizens.Concat(sources.AllDetail).ToHashSet()),
            new Persona("BIF analyst", host.GraphQLAs(Departments.Employment, Role.Analyst), sources.AllCitizens.Concat(sources.AllDetail).ToHashSet()),
            // No purpose: every other department's detail is denied even where a consent exists.
            new Persona("SOF caseworker", host.GraphQLAs(Departments.Social, Role.Caseworker), sources.DetailOutside(Departments.Social)),
            new Persona("citizen", host.GraphQLAs(null, Role.Citizen, own), sources.AllCitizens.Concat(sources.AllDetail).Except(sources.OfCitizen(own)).ToHashSet()),
        };
        var fuzzer = new SchemaFuzzer(host.Services.GetRequiredService<ISchema>(), new Random(20261124), sources.SomeCitizenIds);
        var statuses = new Dictionary<HttpStatusCode, int>();

        for (var i = 0; i < Documents; i++)
        {
            var persona = personas[i % personas.Length];
            var kind = i % 10;
            var (document, variables) = kind < 5 ? (fuzzer.Valid(), "{}") : kind < 7 ? (fuzzer.Broken(), "{}") : fuzzer.WithVariables();
            var body = $"{{\"query\":{JsonSerializer.Serialize(document)},\"variables\":{variables}}}";
            var response = await persona.Client.SendAsync(HttpMethod.Post, "/graphql", body, "application/json");
            statuses[response.Status] = statuses.GetValueOrDefault(response.Status) + 1;

            var replay = $"document {i} as {persona.Name}: {document} {variables}";
            Assert.True((int)response.Status < 500, $"{(int)response.Status} for {replay}\n{response.Text}");
            foreach (var message in response.Errors.Select(e => e!["message"]!.GetValue<string>()))
                Assert.False(Internals.Any(message.Contains), $"an error shows internals for {replay}: {message}");
            var text = response.Text.ToLowerInvariant();
            var leaked = persona.Forbidden.FirstOrDefault(text.Contains);
            Assert.True(leaked is null, $"{persona.Name} received {leaked}, which the access table denies, for {replay}\n{response.Text}");
        }

        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.OK) > Documents / 3, "too few documents ran: " + string.Join(", ", statuses));
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.BadRequest) > Documents / 10, "too few documents were refused: " + string.Join(", ", statuses));
    }

    private sealed record Sources(List<(Guid Citizen, string Value)> Citizens, List<(Guid Citizen, string Department, string Id)> Detail, IReadOnlyList<Guid> SomeCitizenIds)
    {
        public IEnumerable<string> AllCitizens => Citizens.Select(c => c.Value);

        public IEnumerable<string> AllDetail => Detail.Select(d => d.Id);

        public IEnumerable<string> OfCitizen(Guid id) => Citizens.Where(c => c.Citizen == id).Select(c => c.Value).Concat(Detail.Where(d => d.Citizen == id).Select(d => d.Id));

        public HashSet<string> DetailOutside(string department) => Detail.Where(d => d.Department != department).Select(d => d.Id).ToHashSet();
    }

    /// <summary>Every citizen's id and CPR number, and the id of every detail record with its department.</summary>
    private async Task<Sources> ForbiddenAsync()
    {
        T Db<T>() where T : DbContext => host.Services.GetRequiredService<IDbContextFactory<T>>().CreateDbContext();
        string Text(Guid id) => id.ToString().ToLowerInvariant();
        await using var registry = Db<RegistryContext>();
        await using var employment = Db<EmploymentContext>();
        await using var social = Db<SocialContext>();
        await using var health = Db<HealthContext>();
        await using var youth = Db<YouthContext>();
        var citizens = await registry.Citizens.Select(c => new { c.Id, c.Cpr }).ToListAsync();
        var detail = new List<(Guid, string, string)>();
        void Add(string department, IEnumerable<(Guid Citizen, Guid Id)> rows) => detail.AddRange(rows.Select(r => (r.Citizen, department, Text(r.Id))));
        Add("BIF", (await employment.Placements.Select(p => new { p.CitizenId, p.Id }).ToListAsync()).Select(r => (r.CitizenId, r.Id)));
        Add("BIF", (await employment.JobGoals.Select(p => new { p.CitizenId, p.Id }).ToListAsync()).Select(r => (r.CitizenId, r.Id)));
        Add("BIF", (await employment.JobActivities.Select(p => new { p.CitizenId, p.Id }).ToListAsync()).Select(r => (r.CitizenId, r.Id)));
        Add("BIF", (await employment.Enrollments.Select(p => new { p.CitizenId, p.Id }).ToListAsync()).Select(r => (r.CitizenId, r.Id)));
        Add("SOF", (await social.Services.Select(p => new { p.CitizenId, p.Id }).ToListAsync()).Select(r => (r.CitizenId, r.Id)));
        Add("SOF", (await social.Goals.Select(p => new { p.CitizenId, p.Id }).ToListAsync()).Select(r => (r.CitizenId, r.Id)));
        Add("SUF", (await health.Episodes.Select(p => new { p.CitizenId, p.Id }).ToListAsync()).Select(r => (r.CitizenId, r.Id)));
        Add("BUF", (await youth.Educations.Select(p => new { p.CitizenId, p.Id }).ToListAsync()).Select(r => (r.CitizenId, r.Id)));
        Add("BUF", (await youth.TransitionPlans.Select(p => new { p.CitizenId, p.Id }).ToListAsync()).Select(r => (r.CitizenId, r.Id)));
        return new Sources(
            citizens.SelectMany(c => new[] { (c.Id, Text(c.Id)), (c.Id, c.Cpr) }).ToList(),
            detail,
            DemoCitizens.All.Concat(citizens.Take(20).Select(c => c.Id)).ToList());
    }
}
