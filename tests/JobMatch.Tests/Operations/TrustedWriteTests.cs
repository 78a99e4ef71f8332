using System.Net;
using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;
using JobMatch.Data.Employment;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Graph.Limits;
using JobMatch.Tests.Infrastructure;
using JobMatch.Tests.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Operations;

/// <summary>
/// In Production only trusted documents run, so a write a front end needs must have one: every mutation of the schema
/// has a sample in the host's trusted documents that runs, by its id alone, as the persona that would use it. The
/// document only names the operation; the access table still decides each write.
/// </summary>
public sealed class TrustedWriteTests : IClassFixture<TrustedWriteTests.TrustedWalkHost>
{
    public sealed class TrustedWalkHost : ProductionHost
    {
        public TrustedWalkHost()
        {
            Settings[TrustedDocuments.OnlySetting] = "true";
            Walk = new SampleWalk(this, byDocumentId: true);
        }

        public SampleWalk Walk { get; }
    }

    private readonly TrustedWalkHost host;

    public TrustedWriteTests(TrustedWalkHost host) => this.host = host;

    /// <summary>The root fields each trusted mutation document selects, read from the folder the host loads them from.</summary>
    private static Dictionary<string, List<string>> TrustedMutations()
    {
        var byField = new Dictionary<string, List<string>>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "operations"), "*.graphql"))
        {
            var document = GraphQLParser.Parser.Parse(File.ReadAllText(path));
            foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>().Where(o => o.Operation == OperationType.Mutation))
                foreach (var field in operation.SelectionSet.Selections.OfType<GraphQLField>())
                    (byField.TryGetValue(field.Name.StringValue, out var files) ? files : byField[field.Name.StringValue] = []).Add(Path.GetFileName(path));
        }
        return byField;
    }

    [Fact]
    public async Task EveryMutationInTheSchemaHasATrustedDocumentThatRunsAsItsPersona()
    {
        var schema = host.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var mutations = schema.Mutation!.Fields.Select(f => f.Name).Order().ToList();
        var trusted = TrustedMutations();

        var without = mutations.Where(m => !trusted.ContainsKey(m)).ToList();
        Assert.True(without.Count == 0, "No trusted document in schema/operations for: " + string.Join(", ", without));

        var failed = new List<string>();
        foreach (var mutation in mutations)
            foreach (var file in trusted[mutation])
            {
                var response = await host.Walk.RunAsync(file);
                var payload = response.Data?[mutation];
                if (response.Status != HttpStatusCode.OK || response.Errors.Count > 0 || payload?["errors"]?.AsArray().Count != 0 || payload.AsObject().Count(p => p.Value is not null) < 2)
                    failed.Add($"{mutation} ({file}): {response.Status} {response.Text}");
            }
        Assert.True(failed.Count == 0, "Trusted documents that did not make their change by id in Production:\n" + string.Join("\n", failed));
        Assert.Contains("advanceKlapJob", mutations);
        Assert.Contains("revokeConsent", mutations);
    }

    [Fact]
    public async Task ATrustedWriteDocumentWritesNoMoreThanItsMutationAllowsTheCaller()
    {
        var add = host.Walk.Entry("AddJobGoal.graphql");
        var before = await host.InAsync<EmploymentContext, int>(db => db.JobGoals.CountAsync());
        var input = new { citizenId = DemoCitizens.JobshopCitizen, text = "Mål fra en anden afdeling", to = "2027-06-30", idempotencyKey = "trusted-but-not-allowed" };

        // SUF runs BIF's trusted document: the document is known, the write is still BIF's to make.
        var bySuf = await host.GraphQLAs(Departments.Health, Role.Caseworker).SendAsync(HttpMethod.Post, "/graphql",
            JsonSerializer.Serialize(new { documentId = "sha256:" + TrustedDocuments.IdOf(add.Document), variables = new { input } }), "application/json");
        // Without a token, the same.
        var anonymous = await host.GraphQL().SendAsync(HttpMethod.Post, "/graphql",
            JsonSerializer.Serialize(new { documentId = "sha256:" + TrustedDocuments.IdOf(add.Document), variables = new { input } }), "application/json");
        // A trusted id with a document of the caller's own beside it does not run that document.
        var smuggled = await host.GraphQLAs(Departments.Employment, Role.Caseworker).SendAsync(HttpMethod.Post, "/graphql",
            JsonSerializer.Serialize(new
            {
                documentId = "sha256:" + TrustedDocuments.IdOf(add.Document),
                query = "mutation($input: AddJobGoalInput!) { addJobGoal(input: $input) { jobGoal { id } } other: addJobGoal(input: $input) { jobGoal { id } } }",
                variables = new { input },
            }), "application/json");

        Assert.Equal(["NotAuthorizedError"], bySuf.Payload("addJobGoal").ErrorTypes());
        Assert.Equal([AccessDecision.NotAuthorized], bySuf.Payload("addJobGoal").ErrorCodes());
        Assert.Null(bySuf.Payload("addJobGoal")["jobGoal"]);
        Assert.Equal([AccessDecision.NotAuthenticated], anonymous.Payload("addJobGoal").ErrorCodes());
        Assert.Null(smuggled.Data?["other"]);
        Assert.Equal(HttpStatusCode.BadRequest, smuggled.Status);
        Assert.Equal(before, await host.InAsync<EmploymentContext, int>(db => db.JobGoals.CountAsync()));
    }
}
