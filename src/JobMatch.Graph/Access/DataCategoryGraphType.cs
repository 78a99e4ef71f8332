using GraphQL.Types;

namespace JobMatch.Graph.Access;

/// <summary>The data categories as a GraphQL enum.</summary>
public sealed class DataCategoryGraphType : EnumerationGraphType<DataCategory>
{
    public DataCategoryGraphType()
    {
        Name = "DataCategory";
        Description = "A kind of personal data; the access table decides per category who may read it.";
    }
}
