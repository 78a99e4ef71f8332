using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Citizens;

namespace JobMatch.Graph.Agencies;

/// <summary>An employee who can be a citizen's contact person.</summary>
public sealed class ContactPersonGraphType : ObjectGraphType<Employee>
{
    public ContactPersonGraphType()
    {
        Name = "ContactPerson";
        Description = "An employee of a department who is contact person for citizens.";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The employee's id.");
        Field(e => e.Name).Description("Name.");
        Field(e => e.Title).Description("Job title, e.g. \"Jobkonsulent\".");
        Field<NonNullGraphType<Schema.DepartmentCodeGraphType>>("departmentCode").Description("The department the employee works in.").Resolve(ctx => ctx.Source.DepartmentCode);
        Field<AgencyGraphType>("unit").Description("The unit the employee works in.").Resolve(ctx => ctx.AgencyByCode(ctx.Source.UnitCode));
        Field(e => e.Email, nullable: true).Description("Work e-mail.");
        Field(e => e.Phone, nullable: true).Description("Work phone.");
        Field<ListGraphType<NonNullGraphType<CitizenGraphType>>>("citizens")
            .Description("The citizens this employee is currently contact person for.")
            .Category(DataCategory.Identity)
            .Resolve(ctx => ctx.CitizensOfEmployee(ctx.Source.Id));
    }
}
