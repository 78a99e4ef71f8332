using GraphQL.Types;
using JobMatch.Graph.Access;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Citizens;

/// <summary>One sort key of a citizens page, in HotChocolate's form: the fields given, in order.</summary>
public sealed class CitizenSort
{
    public SortEnumType? Name { get; set; }
    public SortEnumType? FirstName { get; set; }
    public SortEnumType? LastName { get; set; }
    public SortEnumType? BirthDate { get; set; }
    public SortEnumType? District { get; set; }

    public IEnumerable<(string Field, SortEnumType Direction)> Keys()
    {
        if (Name is { } name)
            yield return ("name", name);
        if (FirstName is { } first)
            yield return ("firstName", first);
        if (LastName is { } last)
            yield return ("lastName", last);
        if (BirthDate is { } birth)
            yield return ("birthDate", birth);
        if (District is { } district)
            yield return ("district", district);
    }
}

public sealed class CitizenSortInputGraphType : InputObjectGraphType<CitizenSort>
{
    public CitizenSortInputGraphType()
    {
        Name = "CitizenSortInput";
        Description = "A sort key: order: [{ name: ASC }, { birthDate: DESC }] sorts by name, then by birth date. Ties are broken by id, so pages never overlap.";
        Field<SortEnumTypeGraphType>("name").Description("By last name, then first name.").FilterCategory(DataCategory.Identity);
        Field<SortEnumTypeGraphType>("firstName").Description("By first name.").FilterCategory(DataCategory.Identity);
        Field<SortEnumTypeGraphType>("lastName").Description("By last name.").FilterCategory(DataCategory.Identity);
        Field<SortEnumTypeGraphType>("birthDate").Description("By date of birth.").FilterCategory(DataCategory.Identity);
        Field<SortEnumTypeGraphType>("district").Description("By district.").FilterCategory(DataCategory.Identity);
    }
}
