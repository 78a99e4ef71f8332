using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using JobMatch.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Operations;

/// <summary>
/// Every operation in schema/operations validates against the schema and runs cleanly against the demo data as its
/// persona, in the manifest's order (<see cref="SampleWalk"/>): a change runs on the record its add or read returned.
/// </summary>
public sealed class SampleOperationTests : IClassFixture<SampleOperationTests.WalkedHost>
{
    /// <summary>A host with the walk through its samples, which runs each once for all of this class's tests.</summary>
    public sealed class WalkedHost : JobMatchHost
    {
        public WalkedHost() => Walk = new SampleWalk(this, byDocumentId: false);

        public SampleWalk Walk { get; }
    }

    private readonly WalkedHost host;

    public SampleOperationTests(WalkedHost host) => this.host = host;

    public static TheoryData<string> Files() => new(SampleEntry.Manifest().Select(o => o.File));

    [Fact]
    public void EveryOperationFileIsInTheManifest()
    {
        var files = Directory.GetFiles(Repository.PathOf("schema", "operations"), "*.graphql").Select(Path.GetFileName).Order();

        Assert.Equal(files, SampleEntry.Manifest().Select(o => o.File).Order());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task OperationValidatesAndRunsAsItsPersona(string file)
    {
        var entry = host.Walk.Entry(file);
        var variablesJson = (await host.Walk.VariablesOfAsync(file)).ToJsonString();

        var schema = host.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var parsed = GraphQLParser.Parser.Parse(entry.Document);
        var validation = await new GraphQL.Validation.DocumentValidator().ValidateAsync(new GraphQL.Validation.ValidationOptions
        {
            Schema = schema,
            Document = parsed,
            Operation = parsed.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single(),
            Rules = GraphQL.Validation.DocumentValidator.CoreRules,
            Variables = host.Services.GetRequiredService<IGraphQLTextSerializer>().Deserialize<Inputs>(variablesJson) ?? Inputs.Empty,
            RequestServices = host.Services,
        });
        Assert.True(validation.IsValid, $"{file}: " + string.Join("; ", validation.Errors.Select(e => e.Message)));

        if (entry.Stream)
        {
            // A subscription answers over GraphQL over SSE: it opens, and a change it may see arrives as `event: next`.
            var client = host.GraphQLAs(entry.Department, entry.Role, entry.Citizen).For(entry.Purpose);
            var variables = JsonSerializer.Deserialize<Dictionary<string, object?>>(variablesJson);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/stream") { Content = new StringContent(JsonSerializer.Serialize(new { query = entry.Document, variables }), System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Authorization = client.Http.DefaultRequestHeaders.Authorization;
            using var stream = await client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(System.Net.HttpStatusCode.OK, stream.StatusCode);
            Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
            return;
        }
        var response = await host.Walk.RunAsync(file);

        Assert.True(response.Errors.Count == 0, $"{file}: {response.Errors.ToJsonString()}");
        Assert.True(response.Data!.AsObject().All(field => field.Value is not null), $"{file} returned a null root field: {response.Text}");
        // A write's payload says what it refused; a sample makes its change.
        if (entry.IsMutation)
            Assert.True(response.Data.AsObject().All(field => field.Value!["errors"]!.AsArray().Count == 0), $"{file} made no change: {response.Text}");
    }
}
