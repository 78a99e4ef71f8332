using GraphQL.Types;
using JobMatch.Graph.Agencies;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Employment;
using JobMatch.Graph.Projects;

namespace JobMatch.Graph.Schema;

/// <summary>The query root, read as a table of contents: each feature adds its own fields.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        Description = "Everything JobMatch can answer.";
        this.AddCitizenQueries();
        this.AddAgencyQueries();
        this.AddProjectQueries();
        this.AddEmploymentQueries();
    }
}
