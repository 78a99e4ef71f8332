using GraphQL.Types;
using JobMatch.Graph.Access;
using JobMatch.Graph.Limits;

namespace JobMatch.Graph.Plans;

/// <summary>A citizen's combined plan across departments.</summary>
public sealed record CombinedPlanView(IReadOnlyList<PlanEntry> Entries, IReadOnlyList<PlanDepartment> Departments, IReadOnlyList<string> UnavailableSources);

public sealed class CombinedPlanGraphType : ObjectGraphType<CombinedPlanView>
{
    public CombinedPlanGraphType()
    {
        Name = "CombinedPlan";
        Description = "One coordinated plan: the job plan, the social action plan and the other departments' goals and activities side by side.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanEntryGraphType>>>>("entries")
            .Description("The goals and activities the viewer may see, on one time line, oldest first.")
            .Resolve(ctx => ctx.Source.Entries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanDepartmentGraphType>>>>("departments")
            .Description("Every department involved with the citizen, in code order, with its contact person, also where its entries are not visible to the viewer.")
            .ListSize(Departments.All.Count)
            .Resolve(ctx => ctx.Source.Departments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("unavailableSources")
            .Description("Sources that did not answer, so their entries are missing from this plan (e.g. \"Health\"); empty when every source answered.")
            .Resolve(ctx => ctx.Source.UnavailableSources);
    }
}
