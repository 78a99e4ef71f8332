using System.Text.Json.Nodes;
using JobMatch.Data.Audit;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Federation;

/// <summary>
/// A department's part of the combined plan, asked of its subgraph straight: decided by its own guard on facts it reads
/// itself, recorded in its own audit log, and nothing at all where the plan itself would be refused.
/// </summary>
public sealed class PlanPartTests(EmploymentSubgraphHost host) : IClassFixture<EmploymentSubgraphHost>
{
    private const string Part = """
        query PlanPart($representations: [_Any!]!) { _entities(representations: $representations) { ... on Citizen { id employmentPlanPart } } }
        """;

    private static object Citizen(Guid id) => new { representations = new[] { new Dictionary<string, object?> { ["__typename"] = "Citizen", ["id"] = id } } };

    private static JsonNode? PartOf(GraphQLResponse response) =>
        response.DataOrThrow()["_entities"]![0]!["employmentPlanPart"] is { } json ? JsonNode.Parse(json.GetValue<string>()) : null;

    [Fact]
    public async Task BifsPartCarriesItsEntriesForItsOwnCaseworkerAndIsAuditedHere()
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(Part, Citizen(DemoCitizens.SharedCashBenefitCitizen));

        var part = PartOf(response)!;
        Assert.Equal("BIF", part["department"]!.GetValue<string>());
        Assert.Null(part["hiddenBecause"]);
        var kinds = part["entries"]!.AsArray().Select(e => e!["kind"]!.ToString()).Distinct().ToList();
        Assert.True(kinds.Count >= 3, string.Join(",", kinds));
        Assert.All(part["entries"]!.AsArray(), e => Assert.Equal(DemoCitizens.SharedCashBenefitCitizen.ToString(), e!["source"]!["citizenId"]!.GetValue<string>()));

        await using var audit = await host.Services.GetRequiredService<IDbContextFactory<AuditContext>>().CreateDbContextAsync();
        var records = await audit.AccessRequests.Where(r => r.OperationName == "PlanPart").SelectMany(r => r.Records).Select(r => new { r.CitizenId, r.Category, r.Allowed }).ToListAsync();
        Assert.Contains(records, r => r.CitizenId == DemoCitizens.SharedCashBenefitCitizen && r.Category == nameof(DataCategory.EmploymentDetail) && r.Allowed);
    }

    [Fact]
    public async Task AnInvolvedDepartmentWithoutConsentGetsAHiddenMarkerAndNoEntries()
    {
        // SOF is involved with Lars, who has given no consents: BIF's entries are hidden from SOF.
        var response = await host.GraphQLAs(Departments.Social, Role.Caseworker).For("COORDINATED_PLAN").PostAsync(Part, Citizen(DemoCitizens.JobshopCitizen));

        var part = PartOf(response)!;
        Assert.Equal(AccessDecision.NotAuthorized, part["hiddenBecause"]!.GetValue<string>());
        Assert.Empty(part["entries"]!.AsArray());
        Assert.Null(part["header"]);
    }

    [Fact]
    public async Task ADepartmentNotInvolvedGetsNoPartAtAll()
    {
        // SUF is not involved with Lars: the plan itself is refused, so there is no part to give.
        var response = await host.GraphQLAs(Departments.Health, Role.Caseworker).For("COORDINATED_PLAN").PostAsync(Part, Citizen(DemoCitizens.JobshopCitizen));

        Assert.Null(PartOf(response));
    }

    [Fact]
    public async Task WithoutATokenThereIsNoPart()
    {
        var response = await host.GraphQL().PostAsync(Part, Citizen(DemoCitizens.SharedCashBenefitCitizen));

        Assert.Null(response.Data?["_entities"]?[0]?["employmentPlanPart"]?.GetValue<string?>());
        Assert.DoesNotContain("entries", response.Text);
    }
}

/// <summary>
/// The Registry composes the plan of the parts the gateway sends with the citizen's representation. Asked straight with
/// invented parts, it shows nothing the caller did not supply: it reads no department's source, decides involvement and
/// each department's visibility with its own guard, and drops what a part cannot speak for.
/// </summary>
public sealed class ComposedPlanTests(RegistrySubgraphHost host) : IClassFixture<RegistrySubgraphHost>
{
    private const string Plan = """
        query ComposedPlan($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Citizen { combinedPlan { entries { id title department kind source { id __typename } links { department visible goalId } } departments { department visible hiddenBecause } unavailableSources } }
          }
        }
        """;

    private static readonly Guid Mads = DemoCitizens.SharedCashBenefitCitizen;

    private static string Part(string department, string title, Guid citizen, Guid? source = null)
    {
        var id = source ?? Guid.NewGuid();
        var entry = new JsonObject
        {
            ["date"] = "2026-10-01",
            ["endDate"] = null,
            ["kind"] = department == "BIF" ? "JobGoal" : "HealthEpisode",
            ["title"] = title,
            ["status"] = "Active",
            ["nodeType"] = department == "BIF" ? "JobGoal" : "HealthEpisode",
            ["sourceId"] = id.ToString(),
            ["unitCode"] = null,
            ["source"] = department == "BIF"
                ? new JsonObject { ["id"] = id.ToString(), ["citizenId"] = citizen.ToString(), ["text"] = title, ["setOn"] = "2026-10-01", ["status"] = "Active" }
                : new JsonObject { ["id"] = id.ToString(), ["citizenId"] = citizen.ToString(), ["kind"] = "Rehabilitation", ["title"] = title, ["provider"] = "x", ["from"] = "2026-10-01", ["status"] = "Active" },
        };
        return new JsonObject { ["department"] = department, ["entries"] = new JsonArray(entry) }.ToJsonString();
    }

    private static object Forged(params (string Field, string Json)[] parts)
    {
        var representation = new Dictionary<string, object?> { ["__typename"] = "Citizen", ["id"] = Mads };
        foreach (var (field, json) in parts)
            representation[field] = json;
        return new { representations = new[] { representation } };
    }

    private static JsonNode PlanOf(GraphQLResponse response) => response.DataOrThrow()["_entities"]![0]!["combinedPlan"]!;

    [Fact]
    public async Task ForgedPartsShowOnlyWhatTheCallerSuppliedAndNothingTheRegistryGuardHides()
    {
        // BIF sees its own entries; SUF's only under a consent with a purpose, and this request states none.
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(Plan, Forged(
            ("employmentPlanPart", Part("BIF", "Invented goal", Mads)),
            ("healthPlanPart", Part("SUF", "Invented episode", Mads))));

        var plan = PlanOf(response);
        Assert.Equal(["Invented goal"], plan["entries"]!.AsArray().Select(e => e!["title"]!.GetValue<string>()));
        Assert.DoesNotContain("Invented episode", response.Text);
        var suf = plan["departments"]!.AsArray().Single(d => d!["department"]!.GetValue<string>() == "SUF")!;
        Assert.False(suf["visible"]!.GetValue<bool>());
        Assert.Equal("PURPOSE_REQUIRED", suf["hiddenBecause"]!.GetValue<string>());
    }

    [Fact]
    public async Task APartCannotPutAnotherCitizensRecordOrAnotherDepartmentsEntryOnThePlan()
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(Plan, Forged(
            ("employmentPlanPart", Part("BIF", "Someone else's goal", DemoCitizens.JobshopCitizen)),
            ("socialPlanPart", Part("BIF", "Posing as BIF", Mads))));

        Assert.Empty(PlanOf(response)["entries"]!.AsArray());
        Assert.DoesNotContain("Someone else", response.Text);
        Assert.DoesNotContain("Posing", response.Text);
    }

    [Fact]
    public async Task WithoutPartsTheRegistryReadsNoDepartmentsSourceAndNamesThemUnavailable()
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(Plan, Forged());

        var plan = response.Data!["_entities"]![0]!["combinedPlan"]!;
        var error = Assert.Single(response.Errors);
        Assert.Equal("SOURCE_UNAVAILABLE", error!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("Employment", error["extensions"]!["subgraph"]!.GetValue<string>());
        Assert.Equal(["_entities", "0", "combinedPlan"], error["path"]!.AsArray().Select(p => p!.ToString()));
        Assert.Empty(plan["entries"]!.AsArray());
        Assert.Equal(["Employment"], plan["unavailableSources"]!.AsArray().Select(s => s!.GetValue<string>()));
        // The involved departments are the Registry's own to name.
        Assert.Contains(plan["departments"]!.AsArray(), d => d!["department"]!.GetValue<string>() == "SOF");
    }

    [Theory]
    [InlineData("name")]
    [InlineData("id name")]
    public async Task AskedFromARootFieldThePlanSaysItsPartsAreMissingWhateverElseIsSelected(string beside)
    {
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(
            $"query($id: ID!) {{ citizen(id: $id) {{ {beside} combinedPlan {{ entries {{ title }} unavailableSources }} }} }}", new { id = Mads });

        Assert.Empty(response.Data!["citizen"]!["combinedPlan"]!["entries"]!.AsArray());
        Assert.Equal(["Employment"], response.Data["citizen"]!["combinedPlan"]!["unavailableSources"]!.AsArray().Select(s => s!.GetValue<string>()));
        var error = Assert.Single(response.Errors);
        Assert.Equal("PLAN_PARTS_MISSING", error!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(["citizen", "combinedPlan"], error["path"]!.AsArray().Select(p => p!.ToString()));
    }

    [Fact]
    public async Task APartWhoseOwnSourceDidNotAnswerIsNamedWithACodedErrorAtThePlan()
    {
        var part = JsonNode.Parse(Part("BIF", "Invented goal", Mads))!;
        part["unavailable"] = new JsonArray("Employment", "NoSuchSource");
        var response = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(Plan, Forged(("employmentPlanPart", part.ToJsonString())));

        var plan = response.Data!["_entities"]![0]!["combinedPlan"]!;
        Assert.Equal(["Invented goal"], plan["entries"]!.AsArray().Select(e => e!["title"]!.GetValue<string>()));
        Assert.Equal(["Employment"], plan["unavailableSources"]!.AsArray().Select(s => s!.GetValue<string>()));
        var error = Assert.Single(response.Errors);
        Assert.Equal("SOURCE_UNAVAILABLE", error!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("Employment", error["extensions"]!["source"]!.GetValue<string>());
        Assert.Equal(["_entities", "0", "combinedPlan"], error["path"]!.AsArray().Select(p => p!.ToString()));
        // Under an alias the error is at the alias, where the caller (the gateway) finds the plan.
        var aliased = await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(Plan.Replace("combinedPlan {", "later: combinedPlan {"), Forged(("employmentPlanPart", part.ToJsonString())));
        Assert.Equal(["_entities", "0", "later"], Assert.Single(aliased.Errors)!["path"]!.AsArray().Select(p => p!.ToString()));
    }

    [Fact]
    public async Task WithoutATokenForgedPartsGiveNothingBack()
    {
        var response = await host.GraphQL().PostAsync(Plan, Forged(("employmentPlanPart", Part("BIF", "Invented goal", Mads))));

        Assert.DoesNotContain("Invented goal", response.Text);
        Assert.Contains(AccessDecision.NotAuthenticated, response.ErrorCodes);
    }

    [Fact]
    public async Task TheRegistryRecordsInvolvementAndLeavesEachDepartmentsDetailToIt()
    {
        // Every field of an entry and of its record, each guarded by the department's detail: the department recorded
        // that decision for this request when it sent its part, so the Registry records none of it again.
        const string everything = """
            query ComposedPlanAudited($representations: [_Any!]!) {
              _entities(representations: $representations) {
                ... on Citizen { combinedPlan { entries { id date endDate department kind title status unit { code name } responsible { responsibility contactPerson { name } }
                  source { id __typename ... on JobGoal { text setOn targetDate status } } } departments { department visible plan { title } } unavailableSources } }
              }
            }
            """;
        var plan = PlanOf(await host.GraphQLAs(Departments.Employment, Role.Caseworker).PostAsync(everything, Forged(
            ("employmentPlanPart", Part("BIF", "Invented goal", Mads)))));
        Assert.Equal("Invented goal", plan["entries"]![0]!["source"]!["text"]!.GetValue<string>());

        await using var audit = await host.Services.GetRequiredService<IDbContextFactory<AuditContext>>().CreateDbContextAsync();
        var categories = await audit.AccessRequests.Where(r => r.OperationName == "ComposedPlanAudited").SelectMany(r => r.Records)
            .Where(r => r.CitizenId == Mads).Select(r => r.Category).Distinct().ToListAsync();
        Assert.Equal([nameof(DataCategory.Involvement)], categories);
    }
}
