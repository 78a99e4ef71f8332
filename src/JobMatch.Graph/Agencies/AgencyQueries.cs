using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Limits;
using JobMatch.Graph.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Agencies;

public static class AgencyQueries
{
    public static void AddAgencyQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyGraphType>>>>("agencies")
            .Description("Every organisation in the graph, or those of one kind.")
            .Argument<AgencyKindGraphType>("kind", "Only agencies of this kind.")
            .ResolveAsync(async ctx =>
            {
                var kind = ctx.GetArgument<AgencyKind?>("kind");
                await using var db = await ctx.OpenAsync<RegistryContext>();
                return await db.Agencies.Where(a => kind == null || a.Kind == kind).OrderBy(a => a.Kind).ThenBy(a => a.Code).ToListAsync(ctx.CancellationToken);
            });

        query.Field<AgencyGraphType>("agency")
            .Description("An agency by its code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The agency's code, e.g. \"SOF-JOBSHOP\".")
            .Resolve(ctx => ctx.AgencyByCode(ctx.GetArgument<string>("code")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyGraphType>>>>("departments")
            .Description("The municipality's four departments: BIF, SOF, SUF and BUF.")
            .ResolveAsync(async ctx =>
            {
                await using var db = await ctx.OpenAsync<RegistryContext>();
                return await db.Agencies.Where(a => a.Kind == AgencyKind.Department).OrderBy(a => a.Code).ToListAsync(ctx.CancellationToken);
            });

        // The staff grows with the municipality: a page at a time.
        query.Field<NonNullGraphType<PageGraphType<ContactPersonGraphType, ContactPersonView>>>("contactPersons")
            .Description($"The employees who are contact persons, optionally of one department, by name; a page at a time (default {Paging.DefaultPageSize}, at most the configured page size).")
            .Argument<Schema.DepartmentCodeGraphType>("department", "Only employees of this department; a code that is not a department is a validation error, not an empty list.")
            .Paged("employees")
            // Colleagues' names and direct lines: directory data, for staff only, like the portal's contacts.
            .Category(DataCategory.Directory)
            .Directory()
            .ResolveAsync(async ctx =>
            {
                var department = ctx.GetArgument<string?>("department");
                var window = Paging.WindowOf(ctx);
                await using var db = await ctx.OpenAsync<RegistryContext>();
                var employees = db.Employees.Where(e => department == null || e.DepartmentCode == department);
                int? total = Paging.WantsTotal(ctx) || window.NeedsTotal ? await employees.CountAsync(ctx.CancellationToken) : null;
                var (offset, take) = window.Slice(total);
                var rows = await employees.OrderBy(e => e.Name).ThenBy(e => e.Id).Skip(offset).Take(take + 1).ToListAsync(ctx.CancellationToken);
                return Paging.Page(rows.Select(e => new ContactPersonView(e, null)).ToList(), window, offset, take, total);
            });
    }
}
