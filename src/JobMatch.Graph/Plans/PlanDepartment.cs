using GraphQL.Types;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Plans;

/// <summary>A department involved in a citizen's plan, whether the viewer may see its entries, and its plan's head if so.</summary>
/// <param name="HeaderOf">Gives a department's plan head from the plan's entries; told only when the head is asked for.</param>
public sealed record PlanDepartment(Guid CitizenId, string Department, AccessDecision Access, Func<string, PlanHeader?>? HeaderOf = null)
{
    /// <summary>The head of the department's plan, where its source records one.</summary>
    public PlanHeader? Header => HeaderOf?.Invoke(Department);
}

/// <summary>Why a department's entries are hidden from the viewer.</summary>
public sealed class HiddenReasonGraphType : EnumerationGraphType
{
    public HiddenReasonGraphType()
    {
        Name = "HiddenReason";
        Description = "Why a department's entries are hidden: the error code the same read would get.";
        Add(AccessDecision.NotAuthorized, AccessDecision.NotAuthorized, "No consent or other legal basis covers them for this viewer.");
        Add(AccessDecision.PurposeRequired, AccessDecision.PurposeRequired, "A consent covers them, but the request states no purpose: send one.");
        Add(AccessDecision.NotAuthenticated, AccessDecision.NotAuthenticated, "The request carries no bearer token.");
    }
}

public sealed class PlanDepartmentGraphType : ObjectGraphType<PlanDepartment>
{
    public PlanDepartmentGraphType()
    {
        Name = "PlanDepartment";
        Description = "A department involved with the citizen. Where the viewer may not see its entries, this still says that it is involved and who to call.";
        Field<NonNullGraphType<DepartmentCodeGraphType>>("department").Description("The department.").Resolve(ctx => ctx.Source.Department);
        Field<NonNullGraphType<BooleanGraphType>>("visible").Description("Whether the department's entries are on the time line for this viewer.")
            .Resolve(ctx => ctx.Source.Access.Allowed);
        Field<HiddenReasonGraphType>("hiddenBecause")
            .Description("Why the entries are hidden; null when they are visible.")
            .Resolve(ctx => ctx.Source.Access.Allowed ? null : ctx.Source.Access.Code ?? AccessDecision.NotAuthorized);
        Field<PlanHeaderGraphType>("plan").Description("The head of the department's plan (made, next review); null where hidden, not asked for, or not recorded.")
            .Resolve(ctx => ctx.Source.Header);
        Field<ContactAssignmentGraphType>("contactPerson")
            .Description("The citizen's contact person in the department.")
            .Resolve(ctx =>
            {
                var department = ctx.Source.Department;
                return ctx.ContactAssignmentsOf(ctx.Source.CitizenId).Then(all => all.FirstOrDefault(a => a.DepartmentCode == department));
            });
    }
}
