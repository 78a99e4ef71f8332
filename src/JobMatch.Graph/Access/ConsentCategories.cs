namespace JobMatch.Graph.Access;

/// <summary>Reads the categories a consent covers, stored as a comma-separated list.</summary>
public static class ConsentCategories
{
    public static IReadOnlyList<DataCategory> Parse(string categories) =>
        categories.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => Enum.TryParse<DataCategory>(c, ignoreCase: true, out var category) ? category : (DataCategory?)null)
            .OfType<DataCategory>()
            .ToList();
}
