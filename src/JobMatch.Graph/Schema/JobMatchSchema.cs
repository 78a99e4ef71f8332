using GraphQL.Types;
using JobMatch.Graph.Access;

namespace JobMatch.Graph.Schema;

/// <summary>The JobMatch graph: one query root over every department's source.</summary>
public sealed class JobMatchSchema : GraphQL.Types.Schema
{
    public JobMatchSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation)
        : base(services)
    {
        // Old argument forms stay one version, marked @deprecated where clients and graphql-inspector see it.
        Features.DeprecationOfInputValues = true;
        Description = "JobMatch: what the departments of the municipality know about the citizens they share, field by field as the access table allows.";
        Query = query;
        Mutation = mutation;
        Directives.Register(new CategoryDirective());
        RegisterTypeMapping(typeof(DateOnly), typeof(DateGraphType));
    }
}
