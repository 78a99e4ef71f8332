using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Agencies;
using JobMatch.Graph.Batching;

namespace JobMatch.Graph.Citizens;

/// <summary>A contact person assigned to a citizen in one department.</summary>
public sealed class ContactAssignmentGraphType : ObjectGraphType<ContactAssignment>
{
    public ContactAssignmentGraphType()
    {
        Name = "ContactAssignment";
        Description = "An employee assigned as the citizen's contact person in one department. That the department is involved, and how to reach the person, every involved department sees; what the person does for the citizen (responsibility, unit, title) only those who may read that department's detail.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The assignment's global id, to end it with endContactPerson.").Resolve(ctx => Nodes.GlobalId.Of(Writes.ContactMutations.NodeType, ctx.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("version").Description("The record's version: send it back with a change, which is refused with a ConflictError when someone changed the record since.").Resolve(ctx => ctx.Source.Version);
        this.BelongsToCitizen(a => a.CitizenId);
        this.BelongsToDepartment(a => a.DepartmentCode);
        Field<NonNullGraphType<Schema.DepartmentCodeGraphType>>("departmentCode").Description("The department.").Resolve(ctx => ctx.Source.DepartmentCode);
        Field<AgencyGraphType>("department").Description("The department, as an agency.")
            .Resolve(ctx => ctx.AgencyByCode(ctx.Source.DepartmentCode));
        Field<StringGraphType>("responsibility").Description("What the contact person does for the citizen, e.g. \"Jobkonsulent\"; null when the viewer may not read the department's detail (it would tell what the department does for the citizen).")
            .Category(DataCategory.DepartmentDetail).HiddenQuietly()
            .Resolve(ctx => ctx.Source.Responsibility);
        Field(a => a.From).Description("Assigned since.");
        Field(a => a.To, nullable: true).Description("Assigned until, if the assignment has ended.");
        Field<ContactPersonGraphType>("contactPerson").Description("The employee.")
            .Resolve(ctx =>
            {
                var citizen = ctx.Source.CitizenId;
                return ctx.EmployeeById(ctx.Source.EmployeeId).Then(e => e is null ? null : new ContactPersonView(e, citizen));
            });
    }
}
