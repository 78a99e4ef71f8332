using GraphQL.Types;
using JobMatch.Graph.Access;
using JobMatch.Graph.Federation;

namespace JobMatch.Graph.Schema;

/// <summary>The JobMatch graph: one query root over every department's source.</summary>
public sealed class JobMatchSchema : GraphQL.Types.Schema
{
    public JobMatchSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation, Changes.SubscriptionGraphType subscription, SubgraphMount mount)
        : base(services)
    {
        // Deprecated input fields say so in their descriptions: GraphQL.NET's input-value deprecation (a draft of the
        // spec) makes Banana Cake Pop's introspection fail, so it stays off.
        Description = "JobMatch: what the departments of the municipality know about the citizens they share, field by field as the access table allows.";
        Query = mount.Query(query);
        Mutation = mount.Root(mutation);
        Subscription = mount.Root(subscription);
        mount.RegisterEntities(this);
        Directives.Register(new CategoryDirective());
        RegisterTypeMapping(typeof(DateOnly), typeof(DateGraphType));
    }
}
