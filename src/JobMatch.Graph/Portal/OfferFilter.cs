using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Portal;

/// <summary>What to narrow the offers to, in HotChocolate's form: every condition given must hold, <c>or</c> any of its parts.</summary>
public sealed class OfferFilter
{
    public List<OfferFilter>? And { get; set; }
    public List<OfferFilter>? Or { get; set; }
    public StringOperationFilter? Code { get; set; }
    public StringOperationFilter? Name { get; set; }
    public DepartmentOperationFilter? Department { get; set; }
    public StringOperationFilter? Provider { get; set; }
    public StringOperationFilter? Audience { get; set; }
    public StringOperationFilter? LegalBasis { get; set; }

    public bool Matches(Offer offer) =>
        (Code is null || Code.Matches(offer.Code))
        && (Name is null || Name.Matches(offer.Name))
        && (Department is null || DirectoryFilters.Matches(Department, offer.DepartmentCode))
        && (Provider is null || Provider.Matches(offer.ProviderCode))
        && (Audience is null || Audience.Matches(offer.Audience))
        && (LegalBasis is null || LegalBasis.Matches(offer.LegalBasis))
        && (And is null || And.All(part => part.Matches(offer)))
        && (Or is null || Or.Any(part => part.Matches(offer)));
}

public sealed class OfferFilterInputGraphType : InputObjectGraphType<OfferFilter>
{
    public OfferFilterInputGraphType()
    {
        Name = "OfferFilterInput";
        Description = "Narrows the offers; every condition given must hold. Texts compare the Danish way (case and accents other than æ, ø and å do not matter).";
        Field<ListGraphType<NonNullGraphType<OfferFilterInputGraphType>>>("and").Description("Every one of these holds.");
        Field<ListGraphType<NonNullGraphType<OfferFilterInputGraphType>>>("or").Description("At least one of these holds.");
        Field<StringOperationFilterInputGraphType>("code").Description("The offer's code, e.g. { eq: \"SEL-85\" }.");
        Field<StringOperationFilterInputGraphType>("name").Description("The offer's name, e.g. { contains: \"støtte\" }.");
        Field<DepartmentOperationFilterInputGraphType>("department").Description("The department whose offer it is, e.g. { eq: SOF }.");
        Field<StringOperationFilterInputGraphType>("provider").Description("The code of the unit that provides it, e.g. { eq: \"SOF-JOBSHOP\" }.");
        Field<StringOperationFilterInputGraphType>("audience").Description("Who it is for, e.g. { contains: \"udviklingshæmning\" }.");
        Field<StringOperationFilterInputGraphType>("legalBasis").Description("The law it is given under, e.g. { contains: \"serviceloven\" }.");
    }
}

/// <summary>One sort key of the offers, in HotChocolate's form.</summary>
public sealed class OfferSort
{
    public SortEnumType? Code { get; set; }
    public SortEnumType? Name { get; set; }
    public SortEnumType? Department { get; set; }

    public IEnumerable<(Func<Offer, string> Key, SortEnumType Direction)> Keys()
    {
        if (Code is { } code)
            yield return (o => o.Code, code);
        if (Name is { } name)
            yield return (o => o.Name, name);
        if (Department is { } department)
            yield return (o => o.DepartmentCode, department);
    }
}

public sealed class OfferSortInputGraphType : InputObjectGraphType<OfferSort>
{
    public OfferSortInputGraphType()
    {
        Name = "OfferSortInput";
        Description = "A sort key: order: [{ department: ASC }, { name: ASC }]. Ties are broken by code, so pages never overlap.";
        Field<SortEnumTypeGraphType>("code").Description("By code.");
        Field<SortEnumTypeGraphType>("name").Description("By name, the Danish way.");
        Field<SortEnumTypeGraphType>("department").Description("By department code.");
    }
}
