using GraphQL;
using GraphQL.Types;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Graph.Agencies;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Limits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Employment;

public static class EmploymentQueries
{
    public static void AddEmploymentQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmployerGraphType>>>>("employers")
            .Description("Employers, by name; at most the configured page size (100 by default).")
            .Argument<StringGraphType>("search", "Part of the employer's name or its CVR number.")
            .Argument<IntGraphType>("first", "How many to return (default 50, at most the configured page size).")
            .ResolveAsync(async ctx =>
            {
                var first = PageSize.First(ctx, 50);
                var search = ctx.GetArgument<string?>("search");
                await using var db = await ctx.OpenAsync<RegistryContext>();
                var employers = db.Employers.AsQueryable();
                if (!string.IsNullOrWhiteSpace(search))
                    employers = employers.Where(e => e.Name.Contains(search) || e.Cvr == search);
                return await employers.OrderBy(e => e.Name).Take(first).ToListAsync(ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetGroupGraphType>>>>("targetGroups")
            .Description("The target groups, optionally only those in force on a date.")
            .Argument<Schema.DateGraphType>("on", "Only groups in force on this date.")
            .ResolveAsync(async ctx =>
            {
                var on = ctx.GetArgument<DateOnly?>("on");
                await using var db = await ctx.OpenAsync<EmploymentContext>();
                return await db.TargetGroups.Where(t => on == null || (t.ValidFrom <= on && (t.ValidTo == null || t.ValidTo >= on)))
                    .OrderBy(t => t.ValidFrom).ThenBy(t => t.Code).ToListAsync(ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BenefitTypeGraphType>>>>("benefitTypes")
            .Description("The kinds of benefit.")
            .ResolveAsync(async ctx =>
            {
                await using var db = await ctx.OpenAsync<EmploymentContext>();
                return await db.BenefitTypes.OrderBy(t => t.Code).ToListAsync(ctx.CancellationToken);
            });
    }
}
