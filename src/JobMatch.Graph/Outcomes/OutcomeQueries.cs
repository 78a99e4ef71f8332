using GraphQL;
using GraphQL.Types;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Outcomes;

public static class OutcomeQueries
{
    /// <summary>At most this many times after the index date in one answer.</summary>
    public const int MaxMoments = 6;

    /// <summary>The furthest a moment may lie after the index date.</summary>
    public const int MaxMonths = 120;

    public static void AddOutcomeQueries(this ObjectGraphType query)
    {
        query.Field<OutcomesGraphType>("outcomes")
            .Description("For analysts: what works across departments, for a project or a target group, against a comparison group of the same target group who were not enrolled. Employment, hours and SOF's and SUF's support at enrolment and after; by quarter, district, target group and referring department. Aggregates only, counted on a fixed monthly snapshot, rounded and with small cells withheld.")
            .Argument<StringGraphType>("project", "A project's code, e.g. \"KLAPJOB\": its participants against citizens of their target groups who were not enrolled.")
            .Argument<StringGraphType>("targetGroup", "A target group's code, e.g. \"FOEP\": with a project, only its participants in that group; alone, citizens of the group enrolled in any project against those in none.")
            .Argument<ListGraphType<NonNullGraphType<IntGraphType>>>("monthsAfter", $"The times after the index date to measure, in months: multiples of 3 from 0 to {MaxMonths}, at most {MaxMoments}. Default 0, 6, 12, 24; 0 (the day of enrolment) is always measured.")
            .Category(DataCategory.Statistics)
            .Aggregate()
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string?>("project");
                var group = ctx.GetArgument<string?>("targetGroup");
                var months = ctx.GetArgument<List<int>?>("monthsAfter") ?? [.. OutcomeCalculator.DefaultMonths];
                if (code is null && group is null)
                    throw new ExecutionError("Name a project (project: \"KLAPJOB\") or a target group (targetGroup: \"FOEP\"), or both.") { Code = "BAD_USER_INPUT" };
                if (months.Count > MaxMoments || months.Any(m => m < 0 || m > MaxMonths || m % 3 != 0))
                    throw new ExecutionError($"monthsAfter takes at most {MaxMoments} values, each a multiple of 3 from 0 to {MaxMonths} (quarters: finer steps would single out the citizens enrolled in one month).") { Code = "BAD_USER_INPUT" };
                var reference = ctx.Reference();
                var project = code is null ? null
                    : await reference.Projects.Find(code).GetResultAsync(ctx.CancellationToken)
                        ?? throw new ExecutionError($"No project has the code '{code}'; the projects query lists them.") { Code = "NOT_FOUND" };
                var targetGroup = group is null ? null
                    : await reference.TargetGroups.Find(group).GetResultAsync(ctx.CancellationToken)
                        ?? throw new ExecutionError($"No target group has the code '{group}'; the targetGroups query lists them.") { Code = "NOT_FOUND" };
                var table = await CalculateAsync(ctx, project, group, months, ctx.CancellationToken);
                return new Outcomes(project, targetGroup, table);
            });

        query.Field<ProjectOutcomeGraphType>("projectOutcomes")
            .Description("For analysts: a project's participants and their employment at enrolment and now, in the same disclosed aggregates as outcomes.")
            .DeprecationReason("Use outcomes(project:): it adds the times after enrolment, hours, support, the comparison group and the breakdowns.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The project's code, e.g. \"KLAPJOB\".")
            .Category(DataCategory.Statistics)
            .Aggregate()
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                var project = await ctx.Reference().Projects.Find(code).GetResultAsync(ctx.CancellationToken)
                    ?? throw new ExecutionError($"No project has the code '{code}'; the projects query lists them.") { Code = "NOT_FOUND" };
                var table = await CalculateAsync(ctx, project, null, [0], ctx.CancellationToken);
                return ProjectOutcome.From(project, table);
            });
    }

    /// <summary>Reads the snapshot's subjects, counts them and passes every figure through disclosure control.</summary>
    private static async Task<OutcomeTable> CalculateAsync(IResolveFieldContext ctx, Data.Registry.Project? project, string? targetGroup, IReadOnlyList<int> months, CancellationToken ct)
    {
        var today = ctx.Access().Today;
        var snapshot = new DateOnly(today.Year, today.Month, 1);
        var reference = ctx.Reference();
        // The referring units' departments are read from the agencies in memory: make sure they are loaded.
        await reference.Agencies.Find(Departments.Employment).GetResultAsync(ct);
        var population = ActivatorUtilities.GetServiceOrCreateInstance<OutcomePopulation>(ctx.RequestServices!);
        var subjects = await population.ReadAsync(project, targetGroup, snapshot, unit => OutcomePopulation.DepartmentOf(unit, reference.Agencies.Known), ct);
        return Disclosure.Apply(OutcomeCalculator.Calculate(subjects, snapshot, months, project?.Steps.Count ?? 0));
    }
}
