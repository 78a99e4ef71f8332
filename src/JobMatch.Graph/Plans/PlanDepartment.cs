using GraphQL.Types;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;

namespace JobMatch.Graph.Plans;

/// <summary>A department involved in a citizen's plan, and whether the viewer may see its entries.</summary>
public sealed record PlanDepartment(Guid CitizenId, string Department, AccessDecision Access);

public sealed class PlanDepartmentGraphType : ObjectGraphType<PlanDepartment>
{
    public PlanDepartmentGraphType()
    {
        Name = "PlanDepartment";
        Description = "A department involved with the citizen. Where the viewer may not see its entries, this still says that it is involved and who to call.";
        Field(d => d.Department).Description("The department: BIF, SOF, SUF or BUF.");
        Field<NonNullGraphType<BooleanGraphType>>("visible").Description("Whether the department's entries are on the time line for this viewer.")
            .Resolve(ctx => ctx.Source.Access.Allowed);
        Field<StringGraphType>("hiddenBecause")
            .Description("Why the entries are hidden, as an error code: AUTH_NOT_AUTHORIZED (no consent covers them) or PURPOSE_REQUIRED (send a purpose).")
            .Resolve(ctx => ctx.Source.Access.Code);
        Field<ContactAssignmentGraphType>("contactPerson")
            .Description("The citizen's contact person in the department.")
            .Resolve(ctx =>
            {
                var department = ctx.Source.Department;
                return ctx.ContactAssignmentsOf(ctx.Source.CitizenId).Then(all => all.FirstOrDefault(a => a.DepartmentCode == department));
            });
    }
}
