using GraphQL.Types;
using JobMatch.Graph.Access;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Plans;

/// <summary>An entry on the combined plan.</summary>
public sealed class PlanEntryGraphType : ObjectGraphType<PlanEntry>
{
    public PlanEntryGraphType()
    {
        Name = "PlanEntry";
        Description = "A goal or activity from one department's plan, placed on the citizen's combined time line.";
        Field(e => e.Date).Description("When the entry starts (or, for a goal, when it was set).");
        Field(e => e.EndDate, nullable: true).Description("When it ends (or, for a goal, its target date).");
        Field(e => e.Department).Description("The department whose plan the entry is in: BIF, SOF, SUF or BUF.");
        Field(e => e.Kind, type: typeof(NonNullGraphType<PlanEntryKindGraphType>)).Description("What the entry is.");
        Field(e => e.Category, type: typeof(NonNullGraphType<DataCategoryGraphType>)).Description("The data category that guards the entry's content.");
        Field<StringGraphType>("title").Description("What the entry says.").Resolve(ctx => ctx.Source.Title);
        Field<PlanStatusGraphType>("status").Description("Where the entry stands.").Resolve(ctx => ctx.Source.Status);
    }
}
