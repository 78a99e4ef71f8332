using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Employment;

/// <summary>Batched reads of BIF's Employment source (and of employers, which the Registry holds).</summary>
public static class EmploymentLoaders
{
    public static IDataLoaderResult<IReadOnlyList<Placement>> PlacementsOf(this IResolveFieldContext context, Guid citizenId) =>
        context.Loaders().ByCitizen<EmploymentContext, Placement>("employment.placements", db => db.Placements.OrderBy(p => p.From)).Load(citizenId);

    public static IDataLoaderResult<IReadOnlyList<JobGoal>> JobGoalsOf(this IResolveFieldContext context, Guid citizenId) =>
        context.Loaders().ByCitizen<EmploymentContext, JobGoal>("employment.goals", db => db.JobGoals.OrderBy(g => g.SetOn)).Load(citizenId);

    public static IDataLoaderResult<IReadOnlyList<JobActivity>> JobActivitiesOf(this IResolveFieldContext context, Guid citizenId) =>
        context.Loaders().ByCitizen<EmploymentContext, JobActivity>("employment.activities", db => db.JobActivities.OrderBy(a => a.From)).Load(citizenId);

    public static IDataLoaderResult<IReadOnlyList<TargetGroupPeriod>> TargetGroupPeriodsOf(this IResolveFieldContext context, Guid citizenId) =>
        context.Loaders().ByCitizen<EmploymentContext, TargetGroupPeriod>("employment.targetGroupPeriods", db => db.TargetGroupPeriods.OrderBy(p => p.From)).Load(citizenId);

    public static IDataLoaderResult<IReadOnlyList<BenefitPeriod>> BenefitPeriodsOf(this IResolveFieldContext context, Guid citizenId) =>
        context.Loaders().ByCitizen<EmploymentContext, BenefitPeriod>("employment.benefitPeriods", db => db.BenefitPeriods.OrderBy(p => p.From)).Load(citizenId);

    public static IDataLoaderResult<TargetGroup?> TargetGroupByCode(this IResolveFieldContext context, string code) =>
        context.Reference().TargetGroups.Find(code);

    public static IDataLoaderResult<BenefitType?> BenefitTypeByCode(this IResolveFieldContext context, string code) =>
        context.Reference().BenefitTypes.Find(code);

    public static IDataLoaderResult<Employer?> EmployerById(this IResolveFieldContext context, Guid id) =>
        context.Loaders().ById<RegistryContext, Employer>("registry.employerById", db => db.Employers, EmployerId).Load(id);

    // Built once: a lambda written at the call would build its expression tree on every call.
    private static readonly Expression<Func<Employer, Guid>> EmployerId = e => e.Id;

    /// <summary>The summary every department may read, from the records that hold on the request's day; the four loads run batched side by side.</summary>
    public static IDataLoaderResult<EmploymentStatus> EmploymentStatusOf(this IResolveFieldContext context, Guid citizenId)
    {
        var today = context.Today();
        var (placements, activities, benefits, targetGroups) = context.StatusLoadsOf(citizenId);
        // Read already (a page's prefetch): the status is known at once.
        if (placements.TryKnown(out var placed) && activities.TryKnown(out var active) && benefits.TryKnown(out var paid) && targetGroups.TryKnown(out var grouped))
            return DataLoaderResults.Completed(EmploymentStatus.On(today, placed, active, paid, grouped));
        return targetGroups.Then<IReadOnlyList<TargetGroupPeriod>, EmploymentStatus>(async (groups, ct) =>
            EmploymentStatus.On(today, await placements.GetResultAsync(ct), await activities.GetResultAsync(ct), await benefits.GetResultAsync(ct), groups));
    }

    /// <summary>The loads <see cref="EmploymentStatusOf"/> reads, for a page to run before its fields resolve.</summary>
    public static void PrefetchStatus(IResolveFieldContext context, Guid citizenId, ICollection<IDataLoaderResult> loads)
    {
        var (placements, activities, benefits, targetGroups) = context.StatusLoadsOf(citizenId);
        loads.Add(placements);
        loads.Add(activities);
        loads.Add(benefits);
        loads.Add(targetGroups);
    }

    /// <summary>What the status reads: one list, so that the status and its prefetch cannot drift apart.</summary>
    private static (IDataLoaderResult<IReadOnlyList<Placement>> Placements, IDataLoaderResult<IReadOnlyList<JobActivity>> Activities,
        IDataLoaderResult<IReadOnlyList<BenefitPeriod>> Benefits, IDataLoaderResult<IReadOnlyList<TargetGroupPeriod>> TargetGroups)
        StatusLoadsOf(this IResolveFieldContext context, Guid citizenId) =>
        (context.PlacementsOf(citizenId), context.JobActivitiesOf(citizenId), context.BenefitPeriodsOf(citizenId), context.TargetGroupPeriodsOf(citizenId));
}
