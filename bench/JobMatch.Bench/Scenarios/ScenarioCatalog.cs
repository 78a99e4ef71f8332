using System.Text.Json;
using JobMatch.Bench.Measurement;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Graph.Auth;

namespace JobMatch.Bench.Scenarios;

/// <summary>The benchmark's questions, each as a GraphQL request and as the baseline's equivalent.</summary>
public sealed class ScenarioCatalog(string repoRoot, LocalSigningKey key)
{
    /// <summary>ASCII only: HTTP header values are.</summary>
    public const string Purpose = "COORDINATED_PLAN";

    private const string Json = "application/json";
    private const string GraphQLResponse = "application/graphql-response+json";

    public const string StatusPageDocument = """
        query CitizensWithStatus($first: Int!) {
          citizens(first: $first, where: { involvedDepartment: { eq: SOF } }, order: [{ name: ASC }]) {
            pageInfo { hasNextPage endCursor }
            edges { node {
              id name birthDate
              employmentStatus { employed placementKind hoursPerWeek since }
              contactPersons { departmentCode responsibility from contactPerson { name title email phone } }
            } }
          }
        }
        """;

    /// <summary>The statement-count test's document: every source, read under consents.</summary>
    public const string DetailPageDocument = """
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

    /// <summary>The list and search scenarios' document: a page with its bounded count, identity only.</summary>
    public const string ListDocument = """
        query CitizenList($first: Int!, $after: String, $where: CitizenFilterInput, $order: [CitizenSortInput!]) {
          citizens(first: $first, after: $after, where: $where, order: $order) {
            totalCount totalCountIsExact
            pageInfo { hasNextPage endCursor }
            nodes { id name birthDate district }
          }
        }
        """;

    /// <summary>The cursor of the citizen 99 % down BIF's caseload by name (set once the data is there), for the deep page.</summary>
    public string? DeepCursor { get; set; }

    private readonly string bif = Token(key, Departments.Employment);
    private readonly string sof = Token(key, Departments.Social);

    public static string Token(LocalSigningKey key, string department) =>
        key.CreateToken($"bench:{department}:Caseworker", $"Bench {department} caseworker", department, [nameof(Role.Caseworker)], null, TimeSpan.FromHours(2));

    public IReadOnlyList<Scenario> All(int pageSize) => [CombinedPlan(), StatusPage(pageSize), DetailPage(pageSize), Unauthenticated(), SyntaxError(),
        List("5", "name search: lastName eq \"Hansen\", by name, with totalCount (BIF caseworker)", new { lastName = new { eq = "Hansen" } }, null, "lastName=Hansen"),
        List("6", "district page: Nørrebro by birth date, newest first, with totalCount (BIF caseworker)", new { district = new { eq = "Nørrebro" } }, new[] { new { birthDate = "DESC" } }, "district=N%C3%B8rrebro&order=birthDate:desc"),
        List("7", "project filter: enrolled in KLAPJOB, by name, with totalCount (BIF caseworker)", new { enrolledInProject = new { eq = "KLAPJOB" } }, null, "project=KLAPJOB"),
        List("8", "deep page: 99 % down the caseload by name, with totalCount (BIF caseworker)", null, null, "", DeepCursor)];

    /// <summary>A page of 20 of BIF's caseload, as the list and search scenarios ask for it.</summary>
    public Scenario List(string key, string title, object? where, object? order, string query, string? after = null)
    {
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {bif}" };
        var cursor = after is null ? "" : "&after=" + Uri.EscapeDataString(after);
        return new(key, title,
            GraphQLPost(ListDocument, "CitizenList", new { first = 20, after, where, order }, headers),
            new("GET", $"/rest/citizens/list?first=20&{query}{cursor}", null, headers, 200), CompareBodies: true);
    }

    public Scenario CombinedPlan()
    {
        var id = DemoCitizens.SharedCashBenefitCitizen;
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {bif}", [RequestPurpose.Header] = Purpose };
        return new("1", "one citizen's combined plan, every source (BIF caseworker, purpose)",
            GraphQLPost(File.ReadAllText(Path.Combine(repoRoot, "schema", "operations", "JobcenterCombinedPlan.graphql")), "JobcenterCombinedPlan", new { citizenId = id }, headers),
            new("GET", $"/rest/citizens/{id}/plan", null, headers, 200), CompareBodies: true);
    }

    public Scenario StatusPage(int first)
    {
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {sof}" };
        // SOF reads the other departments' contact persons without their detail: responsibility and title are denied
        // (no consent, or one whose purpose the request does not state).
        return new("2", $"page of {first}: employment status and contact persons (SOF caseworker)",
            GraphQLPost(StatusPageDocument, "CitizensWithStatus", new { first }, headers),
            new("GET", $"/rest/citizens?department=SOF&first={first}", null, headers, 200), CompareBodies: true,
            ExpectedErrors: [AccessDecision.NotAuthorized, AccessDecision.PurposeRequired]);
    }

    public Scenario DetailPage(int first)
    {
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {bif}", [RequestPurpose.Header] = Purpose };
        return new("3", $"page of {first}: every source's detail under consents (BIF caseworker, purpose)",
            GraphQLPost(DetailPageDocument, "Page", new { n = first }, headers),
            new("GET", $"/rest/citizens/detail?first={first}", null, headers, 200), CompareBodies: true);
    }

    /// <summary>Scenario 1 without a token: refused at the root field, the denial audited; nothing else is read.</summary>
    public Scenario Unauthenticated()
    {
        var id = DemoCitizens.SharedCashBenefitCitizen;
        var none = new Dictionary<string, string>();
        return new("4a", "rejected: no token asking for a citizen",
            GraphQLPost(File.ReadAllText(Path.Combine(repoRoot, "schema", "operations", "JobcenterCombinedPlan.graphql")), "JobcenterCombinedPlan", new { citizenId = id }, none),
            new("GET", $"/rest/citizens/{id}/plan", null, none, 200), CompareBodies: true, ExpectedErrors: [AccessDecision.NotAuthenticated]);
    }

    /// <summary>A document that does not parse: 400 under graphql-response+json; the baseline's 400 is a malformed id.</summary>
    public Scenario SyntaxError()
    {
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {bif}" };
        var body = JsonSerializer.Serialize(new { query = $"query {{ citizen(id: \"{DemoCitizens.SharedCashBenefitCitizen}\") {{ name " });
        return new("4b", "rejected: a syntax error (400)",
            new("POST", "/graphql", body, With(headers, GraphQLResponse), 400),
            new("GET", "/rest/citizens/not-a-person-id/plan", null, headers, 400), CompareBodies: false);
    }

    private static RequestSpec GraphQLPost(string document, string operationName, object variables, Dictionary<string, string> headers) =>
        new("POST", "/graphql", JsonSerializer.Serialize(new { query = document, operationName, variables }), With(headers, Json), 200);

    private static Dictionary<string, string> With(Dictionary<string, string> headers, string accept) =>
        new(headers) { ["Content-Type"] = Json, ["Accept"] = accept };
}
