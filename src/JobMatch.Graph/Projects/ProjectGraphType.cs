using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Agencies;

namespace JobMatch.Graph.Projects;

/// <summary>An employment or social project.</summary>
public sealed class ProjectGraphType : ObjectGraphType<Project>
{
    public ProjectGraphType()
    {
        Name = "Project";
        Description = "An employment or social project, such as LEV's KLAPjob or BIF's STAFF, with its ordered steps.";
        Field(p => p.Code).Description("The project's code, e.g. \"KLAPJOB\".");
        Field(p => p.Name).Description("The project's name.");
        Field(p => p.Description).Description("What the project does.");
        Field<NonNullGraphType<StringGraphType>>("audience").Description("Who the project is for, in the project's own words (not a target group under the employment act).")
            .Resolve(ctx => ctx.Source.TargetGroup);
        Field(p => p.TargetGroup).Description("Who the project is for, in the project's own words.")
            .DeprecationReason("Use audience: everywhere else targetGroup is a TargetGroup (målgruppe) under the employment act, which a project's description is not.");
        Field<AgencyGraphType>("owner").Description("The agency that runs the project.").Resolve(ctx => ctx.AgencyByCode(ctx.Source.OwnerCode));
        Field<AgencyGraphType>("partner").Description("A partner organisation, e.g. LEV.").Resolve(ctx => ctx.Source.PartnerCode is { } code ? ctx.AgencyByCode(code) : null);
        Field<AgencyGraphType>("funder").Description("The national agency that funds or evaluates the project.").Resolve(ctx => ctx.Source.FunderCode is { } code ? ctx.AgencyByCode(code) : null);
        Field(p => p.StartDate).Description("When the project started.");
        Field(p => p.EndDate, nullable: true).Description("When it ends; null while running.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectStepGraphType>>>>("steps").Description("The project's steps, in order.")
            .Resolve(ctx => ctx.Source.Steps.OrderBy(s => s.Order).ToList());
        Field<ListGraphType<NonNullGraphType<EnrollmentGraphType>>>("participants")
            .Description("The citizens enrolled, newest first, with the steps each has reached.")
            .Category(DataCategory.EmploymentDetail)
            .Resolve(ctx => ctx.ParticipantsOf(ctx.Source.Code));
    }
}
