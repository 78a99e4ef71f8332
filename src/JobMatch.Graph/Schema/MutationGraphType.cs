using GraphQL.Types;
using JobMatch.Graph.Consents;
using JobMatch.Graph.Employment;
using JobMatch.Graph.Plans;
using JobMatch.Graph.Projects;
using JobMatch.Graph.Social;
using JobMatch.Graph.Writes;
using JobMatch.Graph.Youth;

namespace JobMatch.Graph.Schema;

/// <summary>The mutation root: each feature adds the writes it owns; each writes to its owning source only.</summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Description = "Changes, each written to the source that owns the data, validated and audited like reads.";
        this.AddConsentMutations();
        this.AddJobPlanMutations();
        this.AddPlacementMutations();
        this.AddEnrollmentMutations();
        this.AddSocialPlanMutations();
        this.AddHandoverMutations();
        this.AddContactMutations();
        this.AddGoalLinkMutations();
    }
}
