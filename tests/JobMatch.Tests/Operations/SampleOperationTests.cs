using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Operations;

/// <summary>Every operation in schema/operations validates against the schema and runs cleanly against the demo data as its persona.</summary>
public sealed class SampleOperationTests : IClassFixture<JobMatchHost>
{
    private readonly JobMatchHost host;

    public SampleOperationTests(JobMatchHost host) => this.host = host;

    public static TheoryData<string> Files() => new(Manifest().Select(o => o["file"]!.GetValue<string>()));

    private static IEnumerable<JsonNode> Manifest() =>
        JsonNode.Parse(File.ReadAllText(Repository.PathOf("schema", "operations", "operations.json")))!["operations"]!.AsArray().Select(o => o!);

    [Fact]
    public void EveryOperationFileIsInTheManifest()
    {
        var files = Directory.GetFiles(Repository.PathOf("schema", "operations"), "*.graphql").Select(Path.GetFileName).Order();

        Assert.Equal(files, Manifest().Select(o => o["file"]!.GetValue<string>()).Order());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task OperationValidatesAndRunsAsItsPersona(string file)
    {
        var entry = Manifest().Single(o => o["file"]!.GetValue<string>() == file);
        var document = File.ReadAllText(Repository.PathOf("schema", "operations", file));

        var schema = host.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var parsed = GraphQLParser.Parser.Parse(document);
        var validation = await new GraphQL.Validation.DocumentValidator().ValidateAsync(new GraphQL.Validation.ValidationOptions
        {
            Schema = schema,
            Document = parsed,
            Operation = parsed.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single(),
            Rules = GraphQL.Validation.DocumentValidator.CoreRules,
            Variables = host.Services.GetRequiredService<IGraphQLTextSerializer>().Deserialize<Inputs>(entry["variables"]!.ToJsonString()) ?? Inputs.Empty,
            RequestServices = host.Services,
        });
        Assert.True(validation.IsValid, $"{file}: " + string.Join("; ", validation.Errors.Select(e => e.Message)));

        var role = Enum.Parse<Role>(entry["role"]!.GetValue<string>());
        var citizen = entry["citizen"] is { } c ? Guid.Parse(c.GetValue<string>()) : (Guid?)null;
        var client = host.GraphQLAs(entry["department"]?.GetValue<string>(), role, citizen).For(entry["purpose"]?.GetValue<string>());
        var variables = JsonSerializer.Deserialize<Dictionary<string, object?>>(entry["variables"]!.ToJsonString());
        if (entry["stream"]?.GetValue<bool>() == true)
        {
            // A subscription answers over GraphQL over SSE: it opens, and a change it may see arrives as `event: next`.
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/stream") { Content = new StringContent(JsonSerializer.Serialize(new { query = document, variables }), System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Authorization = client.Http.DefaultRequestHeaders.Authorization;
            using var stream = await client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(System.Net.HttpStatusCode.OK, stream.StatusCode);
            Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
            return;
        }
        var response = await client.PostAsync(document, variables);

        Assert.True(response.Errors.Count == 0, $"{file}: {response.Errors.ToJsonString()}");
        Assert.True(response.Data!.AsObject().All(field => field.Value is not null), $"{file} returned a null root field: {response.Text}");
    }
}
