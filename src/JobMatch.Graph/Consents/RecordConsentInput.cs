using GraphQL.Types;
using JobMatch.Graph.Access;

namespace JobMatch.Graph.Consents;

/// <summary>A consent to record.</summary>
public sealed class RecordConsentInput
{
    public Guid CitizenId { get; set; }
    public string SharingDepartment { get; set; } = "";
    public string ReceivingDepartment { get; set; } = "";
    public List<DataCategory> Categories { get; set; } = [];
    public string? Purpose { get; set; }
    public string? LegalBasis { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}

public sealed class RecordConsentInputGraphType : InputObjectGraphType<RecordConsentInput>
{
    public RecordConsentInputGraphType()
    {
        Name = "RecordConsentInput";
        Description = "A citizen's consent (or another legal basis) for one department to read another department's data.";
        Field(i => i.CitizenId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The citizen.");
        Field(i => i.SharingDepartment).Description("The department whose data is shared: BIF, SOF, SUF or BUF.");
        Field(i => i.ReceivingDepartment).Description("The department that may read it.");
        Field(i => i.Categories, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<DataCategoryGraphType>>>))
            .Description("The categories covered: the sharing department's own detail category (EMPLOYMENT_DETAIL for BIF, SOCIAL_DETAIL for SOF, HEALTH_DETAIL for SUF, YOUTH_DETAIL for BUF).");
        Field(i => i.Purpose, type: typeof(NonNullGraphType<StringGraphType>)).Description("The purpose code of the vocabulary the consent is given for (see `purposes`), e.g. COORDINATED_PLAN; it must cover the categories.");
        Field(i => i.LegalBasis, nullable: true).Description("The legal basis, if not the purpose's own, e.g. \"Samtykke, forvaltningsloven §28, stk. 2\".");
        Field(i => i.ValidFrom, type: typeof(Schema.DateGraphType)).Description("Valid from: today or later (a consent is never back-dated); today if omitted.");
        Field(i => i.ValidTo, type: typeof(Schema.DateGraphType)).Description("Valid to, inclusive; omit for no end date.");
    }
}

/// <summary>The consent to confirm or withdraw.</summary>
public sealed class ConsentIdInput
{
    public string? Id { get; set; }
}

public sealed class ConfirmConsentInputGraphType : InputObjectGraphType<ConsentIdInput>
{
    public ConfirmConsentInputGraphType()
    {
        Name = "ConfirmConsentInput";
        Description = "The requested consent to confirm.";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The consent's id.");
    }
}

public sealed class RevokeConsentInputGraphType : InputObjectGraphType<ConsentIdInput>
{
    public RevokeConsentInputGraphType()
    {
        Name = "RevokeConsentInput";
        Description = "The consent to withdraw.";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The consent's id.");
    }
}
