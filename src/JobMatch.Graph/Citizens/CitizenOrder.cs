using GraphQL.Types;

namespace JobMatch.Graph.Citizens;

/// <summary>How a citizens page is sorted.</summary>
public enum CitizenOrder
{
    NameAsc,
    NameDesc,
    BirthDateAsc,
    BirthDateDesc,
}

public sealed class CitizenOrderGraphType : EnumerationGraphType<CitizenOrder>
{
    public CitizenOrderGraphType() => Description = "How a citizens page is sorted: by last name then first name, or by birth date.";
}
