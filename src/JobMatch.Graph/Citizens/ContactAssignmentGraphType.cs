using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Agencies;

namespace JobMatch.Graph.Citizens;

/// <summary>A contact person assigned to a citizen in one department.</summary>
public sealed class ContactAssignmentGraphType : ObjectGraphType<ContactAssignment>
{
    public ContactAssignmentGraphType()
    {
        Name = "ContactAssignment";
        Description = "An employee assigned as the citizen's contact person in one department.";
        Field<NonNullGraphType<Schema.DepartmentCodeGraphType>>("departmentCode").Description("The department.").Resolve(ctx => ctx.Source.DepartmentCode);
        Field<AgencyGraphType>("department").Description("The department, as an agency.")
            .Resolve(ctx => ctx.AgencyByCode(ctx.Source.DepartmentCode));
        Field(a => a.Responsibility).Description("What the contact person does for the citizen, e.g. \"Jobkonsulent\".");
        Field(a => a.From).Description("Assigned since.");
        Field(a => a.To, nullable: true).Description("Assigned until, if the assignment has ended.");
        Field<ContactPersonGraphType>("contactPerson").Description("The employee.")
            .Resolve(ctx => ctx.EmployeeById(ctx.Source.EmployeeId));
    }
}
