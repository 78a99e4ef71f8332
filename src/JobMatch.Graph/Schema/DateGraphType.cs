using GraphQL.Types;

namespace JobMatch.Graph.Schema;

/// <summary>A calendar date (ISO 8601, e.g. 2026-11-01), the unit every plan in the municipality is kept in.</summary>
public sealed class DateGraphType : DateOnlyGraphType
{
    public DateGraphType()
    {
        Name = "Date";
        Description = "A calendar date in ISO 8601 form, e.g. 2026-11-01.";
    }
}
