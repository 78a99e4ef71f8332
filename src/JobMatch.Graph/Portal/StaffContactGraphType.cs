using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Agencies;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Portal;

/// <summary>How a colleague reaches a unit about an offer or a standing contact: an employee's work details, and nothing about citizens.</summary>
public sealed class StaffContactGraphType : ObjectGraphType<Employee>
{
    public StaffContactGraphType()
    {
        Name = "StaffContact";
        Description = "An employee to contact about an offer or a standing contact between units: name, title, unit and work phone and e-mail. It carries no caseload; a contact person's citizens are read through contactPersons, under their department's detail.";
        Field(e => e.Name).Description("Name.");
        Field(e => e.Title).Description("Job title, e.g. \"Socialrådgiver\".");
        Field<NonNullGraphType<DepartmentCodeGraphType>>("departmentCode").Description("The department the employee works in.").Resolve(ctx => ctx.Source.DepartmentCode);
        Field<AgencyGraphType>("unit").Description("The unit the employee works in.").Resolve(ctx => ctx.AgencyByCode(ctx.Source.UnitCode));
        Field(e => e.Email, nullable: true).Description("Work e-mail.");
        Field(e => e.Phone, nullable: true).Description("Work phone.");
    }
}
