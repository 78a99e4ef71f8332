using GraphQL;
using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Agencies;
using JobMatch.Graph.Batching;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Graph.Projects;

public static class ProjectQueries
{
    public static void AddProjectQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectGraphType>>>>("projects")
            .Description("The employment and social projects, optionally only those running on a date.")
            .Argument<Schema.DateGraphType>("runningOn", "Only projects running on this date.")
            .ResolveAsync(async ctx =>
            {
                var on = ctx.GetArgument<DateOnly?>("runningOn");
                await using var db = await ctx.OpenAsync<RegistryContext>();
                return await db.Projects.Include(p => p.Steps)
                    .Where(p => on == null || (p.StartDate <= on && (p.EndDate == null || p.EndDate >= on)))
                    .OrderBy(p => p.Name).ToListAsync(ctx.CancellationToken);
            });

        query.Field<ProjectGraphType>("project")
            .Description("A project by its code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The project's code, e.g. \"KLAPJOB\".")
            .Resolve(ctx => ctx.ProjectByCode(ctx.GetArgument<string>("code")));
    }
}
