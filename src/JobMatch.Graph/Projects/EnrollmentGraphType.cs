using GraphQL.Types;
using JobMatch.Data.Employment;
using JobMatch.Graph.Agencies;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Projects;

/// <summary>A citizen's enrolment in a project.</summary>
public sealed class EnrollmentGraphType : ObjectGraphType<Enrollment>
{
    public EnrollmentGraphType()
    {
        Name = "Enrollment";
        Description = "A citizen's enrolment in a project, with the steps reached.";
        Field<NonNullGraphType<IntGraphType>>("version").Description("The record's version: send it back with a change, which is refused with a ConflictError when someone changed the record since.").Resolve(ctx => ctx.Source.Version);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The enrolment's id: a global id, opaque; node(id:) refetches it.").Resolve(ctx => GlobalId.Of(NodeTypes.Enrollment, ctx.Source.Id));
        Interface<NodeGraphType>();
        Field<ProjectGraphType>("project").Description("The project.").Resolve(ctx => ctx.ProjectByCode(ctx.Source.ProjectCode));
        Field<CitizenGraphType>("citizen").Description("The citizen enrolled.").Resolve(ctx => ctx.CitizenById(ctx.Source.CitizenId));
        Field<AgencyGraphType>("referredBy").Description("The agency that referred the citizen, e.g. SOF's Jobshop.").Resolve(ctx => ctx.AgencyByCode(ctx.Source.ReferredBy));
        Field(e => e.EnrolledOn).Description("When the citizen was enrolled.");
        Field(e => e.EndedOn, nullable: true).Description("When the enrolment ended.");
        this.StatusField("Where the enrolment stands.", e => e.EnrolledOn, e => e.EndedOn, e => e.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnrollmentStepGraphType>>>>("steps").Description("The steps started, in order.")
            .Resolve(ctx =>
            {
                var progress = ctx.Source.Steps;
                return ctx.ProjectByCode(ctx.Source.ProjectCode).Then(project =>
                    progress.OrderBy(s => s.StepOrder)
                        .Select(s => new EnrollmentStepView(s, project?.Steps.FirstOrDefault(p => p.Order == s.StepOrder)))
                        .ToList());
            });
    }
}
