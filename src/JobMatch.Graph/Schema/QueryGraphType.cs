using GraphQL.Types;
using JobMatch.Graph.Access;
using JobMatch.Graph.Agencies;
using JobMatch.Graph.Audit;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Employment;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Outcomes;
using JobMatch.Graph.Portal;
using JobMatch.Graph.Projects;
using JobMatch.Graph.Youth;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Schema;

/// <summary>The query root, read as a table of contents: each feature adds its own fields.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        Description = "Everything JobMatch can answer.";
        Field<NonNullGraphType<ViewerGraphType>>("me").Description("Who the bearer token says you are.")
            .Resolve(ctx => ctx.Access().Viewer);
        this.AddNodeQueries();
        this.AddCitizenQueries();
        this.AddAgencyQueries();
        this.AddProjectQueries();
        this.AddPortalQueries();
        this.AddEmploymentQueries();
        this.AddAccessLogQueries();
        this.AddOutcomeQueries();
        this.AddYouthHandoverQueries();
    }
}
