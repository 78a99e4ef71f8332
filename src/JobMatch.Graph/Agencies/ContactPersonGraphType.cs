using GraphQL.Types;
using GraphQL.Types.Relay;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Limits;

namespace JobMatch.Graph.Agencies;

/// <summary>An employee who can be a citizen's contact person.</summary>
public sealed class ContactPersonGraphType : ObjectGraphType<ContactPersonView>
{
    public ContactPersonGraphType()
    {
        Name = "ContactPerson";
        Description = "An employee of a department who is contact person for citizens. On a citizen's record, the unit and title tell what the department does for the citizen, so they are guarded by that department's detail; the name, phone and e-mail say how to reach it.";
        this.BelongsToCitizen(v => v.ViaCitizen);
        this.BelongsToDepartment(v => v.Employee.DepartmentCode);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The employee's id.").Resolve(ctx => ctx.Source.Employee.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name.").Resolve(ctx => ctx.Source.Employee.Name);
        Field<StringGraphType>("title").Description("Job title, e.g. \"Jobkonsulent\"; on a citizen's record, null when the viewer may not read the department's detail.")
            .Category(DataCategory.DepartmentDetail).GuardedThroughCitizen().HiddenQuietly()
            .Resolve(ctx => ctx.Source.Employee.Title);
        Field<NonNullGraphType<Schema.DepartmentCodeGraphType>>("departmentCode").Description("The department the employee works in.").Resolve(ctx => ctx.Source.Employee.DepartmentCode);
        Field<AgencyGraphType>("unit").Description("The unit the employee works in; on a citizen's record, null when the viewer may not read the department's detail.")
            .Category(DataCategory.DepartmentDetail).GuardedThroughCitizen().HiddenQuietly()
            .Resolve(ctx => ctx.AgencyByCode(ctx.Source.Employee.UnitCode));
        Field<StringGraphType>("email").Description("Work e-mail.").Resolve(ctx => ctx.Source.Employee.Email);
        Field<StringGraphType>("phone").Description("Work phone.").Resolve(ctx => ctx.Source.Employee.Phone);
        // A caseload grows with the data: a page at a time, like every such list.
        Field<CitizenConnectionGraphType>("citizens")
            .Description($"The citizens this employee is currently contact person for, by name, a page at a time (default {Paging.DefaultPageSize}, at most the configured page size): the employee's caseload, which tells what their department does for each, so only that department reads it.")
            .Paged("citizens")
            .Category(DataCategory.DepartmentDetail)
            .Lists<ContactPersonView, object, Citizen>(c => c.Id)
            .Resolve(ctx => ctx.CitizensOfEmployee(ctx.Source.Employee.Id, Paging.WindowOf(ctx), Paging.WantsTotal(ctx)));
    }
}
