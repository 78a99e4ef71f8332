using GraphQL;
using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Batching;
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

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactPersonGraphType>>>>("contactPersons")
            .Description("The employees who are contact persons, optionally of one department.")
            .Argument<Schema.DepartmentCodeGraphType>("department", "Only employees of this department; a code that is not a department is a validation error, not an empty list.")
            .ResolveAsync(async ctx =>
            {
                var department = ctx.GetArgument<string?>("department");
                await using var db = await ctx.OpenAsync<RegistryContext>();
                return await db.Employees.Where(e => department == null || e.DepartmentCode == department).OrderBy(e => e.Name).ToListAsync(ctx.CancellationToken);
            });
    }
}
