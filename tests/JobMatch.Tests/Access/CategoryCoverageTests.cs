using GraphQL.Types;
using JobMatch.Graph.Access;
using JobMatch.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Access;

/// <summary>A personal-data field without a data category would escape the guard: this makes that a failing test.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class CategoryCoverageTests(DemoHost host)
{
    /// <summary>The types that describe a person or a person's case: reaching one needs a category on the way.</summary>
    private static readonly HashSet<string> PersonalTypes =
    [
        "Citizen", "ContactAssignment", "Consent", "EmploymentStatus", "Employment", "TargetGroupPeriod", "BenefitPeriod", "JobGoal",
        "JobActivity", "Placement", "Enrollment", "EnrollmentStep", "Social", "SocialActionPlan", "SocialGoal", "SocialService",
        "SubstanceTreatment", "Health", "HealthEpisode", "Youth", "YouthEducation", "TransitionPlan", "CombinedPlan", "PlanEntry",
        "PlanDepartment", "AccessRecord", "OwnAccess", "CitizenConnection", "CitizenEdge", "AccessRecordConnection", "AccessRecordEdge",
        "EnrollmentConnection", "EnrollmentEdge", "YouthHandover", "YouthHandoverConnection", "YouthHandoverEdge", "HandoverReceiver",
        "HandoverContact",
    ];

    /// <summary>Citizen fields that are not personal data themselves: the id, and the plan that guards each entry.</summary>
    private static readonly HashSet<string> UnguardedCitizenFields = ["id", "combinedPlan"];

    [Fact]
    public void EveryWayIntoPersonalDataDeclaresACategory()
    {
        var schema = host.Services.GetRequiredService<ISchema>();
        var unguarded = new List<string>();
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            foreach (var field in type.Fields)
            {
                var target = NamedType(field.ResolvedType!).Name;
                var entersPersonalData = PersonalTypes.Contains(target) && !PersonalTypes.Contains(type.Name);
                var personalCitizenField = type.Name == "Citizen" && !UnguardedCitizenFields.Contains(field.Name);
                if ((entersPersonalData || personalCitizenField) && field.GetCategory() is null)
                    unguarded.Add($"{type.Name}.{field.Name}");
            }
        }

        Assert.True(unguarded.Count == 0, "These fields reach personal data without a data category: " + string.Join(", ", unguarded));
    }

    /// <summary>Arguments that only page or name what is already guarded: they reveal nothing by themselves.</summary>
    private static readonly HashSet<string> NeutralArguments = ["first", "after", "last", "before", "id", "ids", "citizenId", "code", "cpr", "from", "to", "input"];

    [Fact]
    public void EveryArgumentThatNarrowsPersonalDataDeclaresACategory()
    {
        var schema = host.Services.GetRequiredService<ISchema>();
        var undeclared = new List<string>();
        // Mutations' inputs say what to write, and each write is decided by the access policy for what it names.
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t.Name != "Mutation"))
        {
            foreach (var field in type.Fields.Where(f => PersonalTypes.Contains(NamedType(f.ResolvedType!).Name)))
            {
                foreach (var argument in field.Arguments ?? [])
                {
                    // and/or nest the same input, whose fields are declared here.
                    if (NamedType(argument.ResolvedType!) is IInputObjectGraphType input)
                        undeclared.AddRange(input.Fields.Where(f => f.GetCategory() is null && NamedType(f.ResolvedType!) != input).Select(f => $"{type.Name}.{field.Name}({argument.Name}.{f.Name})"));
                    else if (!NeutralArguments.Contains(argument.Name) && NamedType(argument.ResolvedType!) is not EnumerationGraphType)
                        undeclared.Add($"{type.Name}.{field.Name}({argument.Name})");
                }
            }
        }

        Assert.True(undeclared.Count == 0, "These arguments narrow personal data without a data category: " + string.Join(", ", undeclared));
    }

    [Fact]
    public void AFilterOverAnotherDepartmentsDetailDeclaresIt()
    {
        var schema = host.Services.GetRequiredService<ISchema>();
        var filter = (IInputObjectGraphType)schema.AllTypes["CitizenFilterInput"]!;

        Assert.Equal(DataCategory.EmploymentDetail, filter.GetField("targetGroup")!.GetCategory());
        Assert.Equal(DataCategory.DepartmentDetail, filter.GetField("project")!.GetCategory());
    }

    private static IGraphType NamedType(IGraphType type) => type is IProvideResolvedType wrapper ? NamedType(wrapper.ResolvedType!) : type;

    [Fact]
    public void EveryPersonalTypeIsInTheSchema()
    {
        var names = host.Services.GetRequiredService<ISchema>().AllTypes.Select(t => t.Name).ToHashSet();

        Assert.All(PersonalTypes, t => Assert.Contains(t, names));
    }

    [Fact]
    public void TheSchemaShowsEachGuardAsADirective()
    {
        var sdl = JobMatch.Graph.Http.SchemaDocument.Print(host.Services.GetRequiredService<ISchema>());

        Assert.Contains("health: Health @category(name: HEALTH_DETAIL)", sdl);
        Assert.Contains("cpr: String @category(name: CPR_NUMBER)", sdl);
    }
}
