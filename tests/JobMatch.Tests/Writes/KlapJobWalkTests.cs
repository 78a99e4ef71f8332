using System.Text.Json.Nodes;
using JobMatch.Data.Employment;
using JobMatch.Data.Seeding;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Tests.Writes;

/// <summary>
/// BIF walks Lars through KLAPjob's four steps; every step out of order is refused with its own error, and each step
/// shows on BIF's combined plan, on SOF's as hidden involvement without a consent, and as entries under one.
/// </summary>
public sealed class KlapJobWalkTests(JobMatchHost host) : IClassFixture<JobMatchHost>
{
    private static readonly Guid Lars = DemoCitizens.JobshopCitizen;

    private const string Enroll = "mutation($input: EnrollInProjectInput!) { enrollInProject(input: $input) { enrollment { id version steps { order } } " + WriteHelpers.Errors + " } }";
    private const string Advance = "mutation Advance($input: AdvanceKlapJobInput!) { advanceKlapJob(input: $input) { enrollment { id version steps { order startedOn completedOn } } " + WriteHelpers.KlapJobErrors + " } }";
    private const string Plan = "query($id: ID!) { citizen(id: $id) { combinedPlan { entries { department kind title date } departments { department visible } } } }";

    [Fact]
    public async Task BifWalksACitizenThroughKlapJobsFourStepsAndEachShowsOnBothDepartmentsPlans()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var sof = host.GraphQLAs(Departments.Social, Role.Caseworker).For("COORDINATED_PLAN");
        var employer = await host.EmployerIdAsync();
        var consultant = await host.EmployeeIdAsync(Departments.Employment);

        var enrolled = (await bif.PostAsync(Enroll, new { input = new { citizenId = Lars, projectCode = "KLAPJOB", referredBy = "SOF-JOBSHOP", enrolledOn = "2026-12-01" } })).Payload("enrollInProject");
        Assert.Empty(enrolled["errors"]!.AsArray());
        var id = enrolled["enrollment"]!["id"]!.GetValue<string>();
        var version = enrolled["enrollment"]!["version"]!.GetValue<int>();

        // Before the application nothing else may come, and each refusal says what is allowed.
        var early = await Step(bif, new { enrollmentId = id, version, step = "INTERVIEWED", on = "2026-12-02", consultantId = consultant });
        AssertOutOfOrder(early, null, "INTERVIEWED", ["APPLIED"]);

        version = Ok(await Step(bif, new { enrollmentId = id, version, step = "APPLIED", on = "2026-12-01" }), 1);
        AssertOutOfOrder(await Step(bif, new { enrollmentId = id, version, step = "APPLIED", on = "2026-12-02" }), "APPLIED", "APPLIED", ["INTERVIEWED"]);
        AssertOutOfOrder(await Step(bif, new { enrollmentId = id, version, step = "INTERNSHIP", on = "2026-12-02", employerId = employer, hoursPerWeek = 10 }), "APPLIED", "INTERNSHIP", ["INTERVIEWED"]);
        var noConsultant = await Step(bif, new { enrollmentId = id, version, step = "INTERVIEWED", on = "2026-12-02" });
        Assert.Equal(["input", "consultantId"], Path(noConsultant));
        var backInTime = await Step(bif, new { enrollmentId = id, version, step = "INTERVIEWED", on = "2026-11-30", consultantId = consultant });
        Assert.Equal(["input", "on"], Path(backInTime));

        version = Ok(await Step(bif, new { enrollmentId = id, version, step = "INTERVIEWED", on = "2026-12-03", consultantId = consultant }), 2);
        var unknown = await Step(bif, new { enrollmentId = id, version, step = "INTERNSHIP", on = "2026-12-07", employerId = Graph.Nodes.GlobalId.Of("Employer", Guid.NewGuid()), hoursPerWeek = 10 });
        Assert.Equal(["UnknownEmployerError"], unknown.Payload("advanceKlapJob").ErrorTypes());
        version = Ok(await Step(bif, new { enrollmentId = id, version, step = "INTERNSHIP", on = "2026-12-07", employerId = employer, hoursPerWeek = 10 }), 3);

        // Hiring needs an employer and a flex or wage-subsidy job; a skånejob is not KLAPjob's.
        var wrongKind = await Step(bif, new { enrollmentId = id, version, step = "HIRED", on = "2027-01-04", employerId = employer, kind = "SKAANEJOB", hoursPerWeek = 15 });
        Assert.Equal(["input", "kind"], Path(wrongKind));
        var noEmployer = await Step(bif, new { enrollmentId = id, version, step = "HIRED", on = "2027-01-04", kind = "FLEX_JOB", hoursPerWeek = 15 });
        Assert.Equal(["input", "employerId"], Path(noEmployer));
        version = Ok(await Step(bif, new { enrollmentId = id, version, step = "HIRED", on = "2027-01-04", employerId = employer, kind = "FLEX_JOB", hoursPerWeek = 15 }), 4);
        AssertOutOfOrder(await Step(bif, new { enrollmentId = id, version, step = "HIRED", on = "2027-01-05", employerId = employer, kind = "FLEX_JOB", hoursPerWeek = 15 }), "HIRED", "HIRED", []);

        // BIF's plan has every step, the internship (ended the day before the job) and the flex job.
        var bifPlan = (await bif.PostAsync(Plan, new { id = Lars })).DataOrThrow()["citizen"]!["combinedPlan"]!["entries"]!.AsArray();
        foreach (var step in new[] { "KLAPjob: Ansøgning", "KLAPjob: Samtale med KLAPjob-konsulent", "KLAPjob: Ulønnet virksomhedspraktik", "KLAPjob: Ansættelse i fleks- eller løntilskudsjob" })
            Assert.Contains(bifPlan, e => e!["title"]!.GetValue<string>() == step + " (LEV)" && e["kind"]!.GetValue<string>() == "JOB_ACTIVITY");
        Assert.Contains(bifPlan, e => e!["title"]!.GetValue<string>() == "Virksomhedspraktik, 10 timer/uge" && e["date"]!.GetValue<string>() == "2026-12-07");
        Assert.Contains(bifPlan, e => e!["title"]!.GetValue<string>() == "Fleksjob, 15 timer/uge" && e["date"]!.GetValue<string>() == "2027-01-04");
        var internship = await host.InAsync<EmploymentContext, Placement>(db => db.Placements.SingleAsync(p => p.CitizenId == Lars && p.Kind == PlacementKind.Internship && p.From == new DateOnly(2026, 12, 7)));
        Assert.Equal(new DateOnly(2027, 1, 3), internship.To);
        Assert.Equal(2, internship.Version);

        // SOF without a consent: BIF is involved and hidden, none of its entries show.
        var hidden = (await sof.PostAsync(Plan, new { id = Lars })).DataOrThrow()["citizen"]!["combinedPlan"]!;
        Assert.DoesNotContain(hidden["entries"]!.AsArray(), e => e!["department"]!.GetValue<string>() == "BIF");
        Assert.Contains(hidden["departments"]!.AsArray(), d => d!["department"]!.GetValue<string>() == "BIF" && !d["visible"]!.GetValue<bool>());

        // Under Lars's consent from BIF to SOF, SOF sees the same steps.
        var consent = await bif.PostAsync(WriteHelpers.RecordConsent, new
        {
            c = new { citizenId = Lars, sharingDepartment = "BIF", receivingDepartment = "SOF", categories = new[] { "EMPLOYMENT_DETAIL" }, purpose = "COORDINATED_PLAN" },
        });
        consent.Changed("recordConsent", "consent");
        var shared = (await sof.PostAsync(Plan, new { id = Lars })).DataOrThrow()["citizen"]!["combinedPlan"]!["entries"]!.AsArray();
        Assert.Contains(shared, e => e!["title"]!.GetValue<string>() == "KLAPjob: Ansættelse i fleks- eller løntilskudsjob (LEV)" && e["department"]!.GetValue<string>() == "BIF");
        Assert.Contains(shared, e => e!["title"]!.GetValue<string>() == "Fleksjob, 15 timer/uge");
    }

    [Fact]
    public async Task OnlyKlapJobEnrolmentsTakeKlapJobSteps()
    {
        var bif = host.GraphQLAs(Departments.Employment, Role.Caseworker);
        var staff = (await bif.PostAsync(Enroll, new { input = new { citizenId = DemoCitizens.FlexJobCitizen, projectCode = "STAFF", referredBy = "BIF" } })).Payload("enrollInProject");
        Assert.True(staff["errors"]!.AsArray().Count == 0, staff.ToJsonString());

        var step = await Step(bif, new { enrollmentId = staff["enrollment"]!["id"]!.GetValue<string>(), version = 1, step = "APPLIED", on = "2026-12-01" });

        Assert.Equal(["input", "enrollmentId"], Path(step));
        var unknownProject = (await bif.PostAsync(Enroll, new { input = new { citizenId = DemoCitizens.FlexJobCitizen, projectCode = "NOPE", referredBy = "BIF" } })).Payload("enrollInProject");
        Assert.Equal(["input", "projectCode"], unknownProject["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    private static Task<GraphQLResponse> Step(GraphQLClient client, object input) => client.PostAsync(Advance, new { input });

    private static int Ok(GraphQLResponse response, int steps)
    {
        var payload = response.Payload("advanceKlapJob");
        Assert.True(payload["errors"]!.AsArray().Count == 0, response.Text);
        Assert.Equal(steps, payload["enrollment"]!["steps"]!.AsArray().Count);
        return payload["enrollment"]!["version"]!.GetValue<int>();
    }

    private static IReadOnlyList<string> Path(GraphQLResponse response)
    {
        var error = Assert.Single(response.Payload("advanceKlapJob")["errors"]!.AsArray())!;
        Assert.Equal("ValidationError", error["__typename"]!.GetValue<string>());
        return error["path"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
    }

    private static void AssertOutOfOrder(GraphQLResponse response, string? current, string requested, string[] allowed)
    {
        var error = Assert.Single(response.Payload("advanceKlapJob")["errors"]!.AsArray())!;
        Assert.Equal("StepOutOfOrderError", error["__typename"]!.GetValue<string>());
        Assert.Equal(current, error["currentStep"]?.GetValue<string>());
        Assert.Equal(requested, error["requestedStep"]!.GetValue<string>());
        Assert.Equal(allowed, error["allowedNext"]!.AsArray().Select(a => a!.GetValue<string>()));
    }
}
