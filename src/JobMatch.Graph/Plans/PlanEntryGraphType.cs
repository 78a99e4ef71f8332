using GraphQL.Types;
using JobMatch.Graph.Access;
using JobMatch.Graph.Agencies;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Plans;

/// <summary>An entry on the combined plan.</summary>
public sealed class PlanEntryGraphType : ObjectGraphType<PlanEntry>
{
    public PlanEntryGraphType()
    {
        Name = "PlanEntry";
        Description = "A goal, activity, plan date or case change from one department, placed on the citizen's combined time line.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the record the entry comes from; node(id:) refetches it under the same rules.")
            .Resolve(ctx => GlobalId.Of(ctx.Source.NodeType, ctx.Source.SourceId));
        Field<NodeGraphType>("source").Description("The record the entry comes from (a JobGoal, Placement, SocialService, ...), as its own department keeps it.")
            .Resolve(ctx => ctx.Source.Source);
        Field(e => e.Date).Description("When the entry starts (for a goal, when it was set; for a review, its day).");
        Field(e => e.EndDate, nullable: true).Description("When it ends (or, for a goal, its target date).");
        Field<NonNullGraphType<DepartmentCodeGraphType>>("department").Description("The department whose plan the entry is in.").Resolve(ctx => ctx.Source.Department);
        Field(e => e.Kind, type: typeof(NonNullGraphType<PlanEntryKindGraphType>)).Description("What the entry is.");
        Field(e => e.Category, type: typeof(NonNullGraphType<DataCategoryGraphType>)).Description("The data category that guards the entry's content.");
        Field<StringGraphType>("title").Description("What the entry says.").Resolve(ctx => ctx.Source.Title);
        Field<PlanStatusGraphType>("status").Description("Where the entry stands on the day of the request.").Resolve(ctx => ctx.Source.Status);
        Field<ContactAssignmentGraphType>("responsible").Description("The citizen's contact person in the entry's department: whom to call about it.")
            .Resolve(ctx =>
            {
                var department = ctx.Source.Department;
                return ctx.ContactAssignmentsOf(ctx.Source.CitizenId).Then(all => all.FirstOrDefault(a => a.DepartmentCode == department));
            });
        Field<ListGraphType<NonNullGraphType<PlanGoalLinkGraphType>>>("links")
            .Description("For a goal: its links to goals of the other department (\"this SOF goal supports that BIF goal\"), shown as \"linked to a goal in SOF\" where that department is hidden; null for other entries.")
            .Resolve(ctx => GoalLinks.LinksOf(ctx, ctx.Source));
        Field<AgencyGraphType>("unit").Description("The unit that provides the entry (for a service, its provider), else the responsible contact person's unit.")
            .Resolve(ctx =>
            {
                if (ctx.Source.UnitCode is { } code)
                    return ctx.AgencyByCode(code);
                var department = ctx.Source.Department;
                return ctx.ContactAssignmentsOf(ctx.Source.CitizenId).Then(async (all, ct) =>
                    all.FirstOrDefault(a => a.DepartmentCode == department) is { } contact
                    && await ctx.EmployeeById(contact.EmployeeId).GetResultAsync(ct) is { } employee
                        ? await ctx.AgencyByCode(employee.UnitCode).GetResultAsync(ct)
                        : null);
            });
    }
}
