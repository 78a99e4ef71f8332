using GraphQL.Types;
using GraphQL.Types.Relay;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Agencies;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Limits;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Projects;

/// <summary>An employment or social project.</summary>
public sealed class ProjectGraphType : ObjectGraphType<Project>
{
    public ProjectGraphType(ReferenceData reference)
    {
        Name = "Project";
        Description = "An employment or social project, such as LEV's KLAPjob or BIF's STAFF, with its ordered steps.";
        // Who takes part in a project tells what the department that runs it does for them.
        this.BelongsToDepartment(p => reference.DepartmentRunning(p.Code) ?? "unknown");
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
        Field<PageGraphType<EnrollmentGraphType, Enrollment>>("participants")
            .Description($"The citizens of the viewer's caseload enrolled, newest first, with the steps each has reached, a page at a time (default {Paging.DefaultPageSize}, at most the configured page size); only for the department that runs the project (BIF for a project run outside the departments).")
            .Paged("participants")
            .Category(DataCategory.DepartmentDetail)
            .Lists<Project, object, Enrollment>(e => e.CitizenId)
            .Resolve(ctx =>
            {
                var window = Paging.WindowOf(ctx);
                var withTotal = Paging.WantsTotal(ctx);
                // A project is a cohort: its enrolments are read whole, narrowed to the caseload, then paged.
                return ctx.ParticipantsOf(ctx.Source.Code).Then(async (rows, ct) =>
                {
                    var reachable = await Caseload.NarrowAsync(ctx, rows, e => e.CitizenId, ct);
                    return (object?)Paging.Page(reachable, window, withTotal);
                });
            });
    }
}
