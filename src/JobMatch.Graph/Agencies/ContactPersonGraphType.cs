using GraphQL.Types;
using GraphQL.Types.Relay;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Limits;

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
        Field(e => e.DepartmentCode).Description("The department the employee works in.");
        Field<AgencyGraphType>("unit").Description("The unit the employee works in.").Resolve(ctx => ctx.AgencyByCode(ctx.Source.UnitCode));
        Field(e => e.Email, nullable: true).Description("Work e-mail.");
        Field(e => e.Phone, nullable: true).Description("Work phone.");
        // A caseload grows with the data: a page at a time, like every such list.
        Field<ConnectionType<CitizenGraphType>>("citizens")
            .Description($"The citizens this employee is currently contact person for, by name; a page at a time (default {Paging.DefaultPageSize}, at most the configured page size).")
            .Paged("citizens")
            .Category(DataCategory.Identity)
            .Resolve(ctx => ctx.CitizensOfEmployee(ctx.Source.Id, Paging.WindowOf(ctx), Paging.WantsTotal(ctx)));
    }
}
