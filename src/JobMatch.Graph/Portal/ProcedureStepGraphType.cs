using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Agencies;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Portal;

/// <summary>One step of a shared procedure.</summary>
public sealed class ProcedureStepGraphType : ObjectGraphType<ProcedureStep>
{
    public ProcedureStepGraphType()
    {
        Name = "ProcedureStep";
        Description = "One step of a shared procedure: who acts and what they do.";
        Field(s => s.Order).Description("The step's place in the procedure, from 1.");
        Field<DepartmentCodeGraphType>("departmentCode").Description("The department that takes the step; null for a partner outside the municipality (LEV).").Resolve(ctx => ctx.Source.DepartmentCode);
        Field<NonNullGraphType<AgencyGraphType>>("actor").Description("Who acts: the department, one of its units, or a partner.").Resolve(ctx => ctx.AgencyByCode(ctx.Source.ActorCode));
        Field(s => s.Name).Description("The step's name.");
        Field(s => s.Description).Description("What happens in the step.");
        Field(s => s.Due, nullable: true).Description("When the step is due, in the documents' words, e.g. \"senest ½ år før det fyldte 18. år\"; null when it follows the previous step.");
    }
}
