using JobMatch.Data.Employment;
using JobMatch.Data.Health;
using JobMatch.Data.Registry;
using JobMatch.Data.Social;
using JobMatch.Data.Youth;
using JobMatch.Graph.Access;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Graph.Nodes;

/// <summary>One kind of node: how to read it by id from its own source, and the category that guards it (null: directory data).</summary>
public sealed record NodeType(string Name, DataCategory? Category, Func<IServiceProvider, Guid, CancellationToken, Task<object?>> Read);

/// <summary>Every type a client refetches by global id, with its source and the data category it belongs to.</summary>
public static class NodeTypes
{
    public const string Citizen = GlobalId.CitizenType;
    public const string Placement = "Placement";
    public const string JobGoal = "JobGoal";
    public const string JobActivity = "JobActivity";
    public const string Enrollment = "Enrollment";
    public const string TargetGroupPeriod = "TargetGroupPeriod";
    public const string BenefitPeriod = "BenefitPeriod";
    public const string Employer = "Employer";
    public const string SocialActionPlan = "SocialActionPlan";
    public const string SocialGoal = "SocialGoal";
    public const string SocialService = "SocialService";
    public const string SubstanceTreatment = "SubstanceTreatment";
    public const string HealthEpisode = "HealthEpisode";
    public const string YouthEducation = "YouthEducation";
    public const string TransitionPlan = "TransitionPlan";

    public static readonly IReadOnlyDictionary<string, NodeType> ByName = new NodeType[]
    {
        Of<RegistryContext, Citizen>(Citizen, DataCategory.Identity),
        Of<EmploymentContext, Placement>(Placement, DataCategory.EmploymentDetail),
        Of<EmploymentContext, JobGoal>(JobGoal, DataCategory.EmploymentDetail),
        Of<EmploymentContext, JobActivity>(JobActivity, DataCategory.EmploymentDetail),
        Of<EmploymentContext, Enrollment>(Enrollment, DataCategory.EmploymentDetail, q => q.Include(e => e.Steps)),
        Of<EmploymentContext, TargetGroupPeriod>(TargetGroupPeriod, DataCategory.EmploymentDetail),
        Of<EmploymentContext, BenefitPeriod>(BenefitPeriod, DataCategory.EmploymentDetail),
        Of<RegistryContext, Employer>(Employer, null),
        Of<SocialContext, SocialActionPlan>(SocialActionPlan, DataCategory.SocialDetail),
        Of<SocialContext, SocialGoal>(SocialGoal, DataCategory.SocialDetail),
        Of<SocialContext, SocialService>(SocialService, DataCategory.SocialDetail),
        Of<SocialContext, SubstanceTreatment>(SubstanceTreatment, DataCategory.SocialDetail),
        Of<HealthContext, HealthEpisode>(HealthEpisode, DataCategory.HealthDetail),
        Of<YouthContext, YouthEducation>(YouthEducation, DataCategory.YouthDetail),
        Of<YouthContext, TransitionPlan>(TransitionPlan, DataCategory.YouthDetail),
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);

    private static NodeType Of<TContext, TEntity>(string name, DataCategory? category, Func<IQueryable<TEntity>, IQueryable<TEntity>>? shape = null)
        where TContext : DbContext
        where TEntity : class =>
        new(name, category, async (services, id, ct) =>
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync(ct);
            var rows = db.Set<TEntity>().AsNoTracking();
            return await (shape is null ? rows : shape(rows)).FirstOrDefaultAsync(e => EF.Property<Guid>(e, "Id") == id, ct);
        });
}
