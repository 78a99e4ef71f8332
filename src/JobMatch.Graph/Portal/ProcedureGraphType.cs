using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Portal;

/// <summary>A shared procedure (fælles sagsgang) between departments.</summary>
public sealed class ProcedureGraphType : ObjectGraphType<Procedure>
{
    public ProcedureGraphType()
    {
        Name = "Procedure";
        Description = "A shared procedure (fælles sagsgang) between departments, with its ordered steps: which department does what, and when. Directory data: it names no citizen.";
        Field(p => p.Code).Description("The procedure's code, e.g. \"KOORDINERET-PLAN\".");
        Field(p => p.Name).Description("The procedure's name, in Danish.");
        Field(p => p.Description).Description("What the procedure is for.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DepartmentCodeGraphType>>>>("departments").Description("The departments that take part, in the order they first act.")
            .Resolve(ctx => ctx.Source.Steps.OrderBy(s => s.Order).Select(s => s.DepartmentCode).OfType<string>().Distinct().ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcedureStepGraphType>>>>("steps").Description("The steps, in order.")
            .Resolve(ctx => ctx.Source.Steps.OrderBy(s => s.Order).ToList());
        Field(p => p.Source).Description("The document the procedure is agreed in.");
    }
}
