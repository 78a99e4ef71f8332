namespace JobMatch.Graph.Access;

/// <summary>One purpose of the vocabulary: what a request or a consent is for, and what it may open.</summary>
/// <param name="Code">The code a request sends, e.g. <c>COORDINATED_PLAN</c>.</param>
/// <param name="Text">What it means, in the municipality's words.</param>
/// <param name="LegalBasis">The legal basis the department relies on.</param>
/// <param name="Categories">The categories a read for this purpose may open: under a consent, or by a look-up.</param>
public sealed record Purpose(string Code, string Text, string LegalBasis, IReadOnlySet<DataCategory> Categories)
{
    public bool Opens(DataCategory category) => Categories.Contains(category);
}
