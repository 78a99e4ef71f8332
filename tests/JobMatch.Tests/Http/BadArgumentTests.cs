using System.Net;
using JobMatch.Graph.Access;
using JobMatch.Graph.Schema;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Http;

/// <summary>
/// Arguments the schema's types let through but the data cannot use get an error that says what to send, never an
/// unexpected error (the fuzz test found both: a GUID conversion and the complexity rule's reading of first: null).
/// </summary>
[Collection(DemoHostCollection.Name)]
public sealed class BadArgumentTests(DemoHost host)
{
    private GraphQLClient Sof => host.GraphQLAs(Departments.Social, Role.Caseworker);

    [Fact]
    public async Task AnIdThatIsNotAGuidIsAFieldErrorThatSaysWhatAnIdLooksLike()
    {
        var literal = await Sof.PostAsync("{ citizen(id: \"xyz\") { name } }");
        var variable = await Sof.PostAsync("query BadId($id: ID!) { citizen(id: $id) { name } }", new { id = "xyz" });
        foreach (var response in new[] { literal, variable })
        {
            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.Equal([GuidArguments.InvalidId], response.ErrorCodes);
            Assert.Contains("GUID", response.Errors[0]!["message"]!.GetValue<string>());
        }
        // A mutation's ids are in its input: a bad one is a ValidationError in the payload, at its path.
        var mutation = await Sof.PostAsync("mutation BadConsentId { revokeConsent(input: { id: \"xyz\" }) { errors { __typename ... on ValidationError { path } } } }");
        Assert.Equal(HttpStatusCode.OK, mutation.Status);
        Assert.Equal("""{"revokeConsent":{"errors":[{"__typename":"ValidationError","path":["input","id"]}]}}""", mutation.Data!.ToJsonString());
    }

    [Fact]
    public async Task FirstNullIsTheDefaultPage()
    {
        var response = await Sof.PostAsync("{ citizens(first: null) { edges { node { name } } } }");

        Assert.NotEmpty(response.DataOrThrow()["citizens"]!["edges"]!.AsArray());
    }

    [Fact]
    public async Task ALiteralOfTheWrongTypeIsABadRequest()
    {
        var refused = await Sof.PostAsync("{ citizens(first: \"ten\") { edges { node { name } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(["ARGUMENTS_OF_CORRECT_TYPE"], refused.ErrorCodes);
    }
}
