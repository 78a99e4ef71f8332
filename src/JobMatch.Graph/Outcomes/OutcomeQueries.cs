using GraphQL;
using GraphQL.Types;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Outcomes;

public static class OutcomeQueries
{
    public static void AddOutcomeQueries(this ObjectGraphType query)
    {
        query.Field<ProjectOutcomeGraphType>("projectOutcomes")
            .Description("For analysts: what a project achieved, e.g. the share of participants in paid work when they enrolled and now. Aggregates only; small groups are withheld.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The project's code, e.g. \"KLAPJOB\".")
            .Category(DataCategory.Statistics)
            .Aggregate()
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                var ct = ctx.CancellationToken;
                await using var registry = await ctx.OpenAsync<RegistryContext>();
                var project = await registry.Projects.Include(p => p.Steps).FirstOrDefaultAsync(p => p.Code == code, ct)
                    ?? throw new ExecutionError($"No project has the code '{code}'; the projects query lists them.") { Code = "NOT_FOUND" };
                await using var employment = await ctx.OpenAsync<EmploymentContext>();
                var enrollments = await employment.Enrollments.Include(e => e.Steps).Where(e => e.ProjectCode == code).ToListAsync(ct);
                var placements = await employment.Placements
                    .Where(p => employment.Enrollments.Any(e => e.ProjectCode == code && e.CitizenId == p.CitizenId)).ToListAsync(ct);
                return OutcomeCalculator.Calculate(project, enrollments, placements);
            });
    }
}
