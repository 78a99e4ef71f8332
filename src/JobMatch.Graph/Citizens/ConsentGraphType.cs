using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;

namespace JobMatch.Graph.Citizens;

/// <summary>A citizen's consent, or another recorded legal basis, to share data between departments.</summary>
public sealed class ConsentGraphType : ObjectGraphType<Consent>
{
    public ConsentGraphType()
    {
        Name = "Consent";
        Description = "A consent (samtykke) or other recorded legal basis that lets one department read another department's data about the citizen.";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The consent's id.");
        Field<NonNullGraphType<Schema.DepartmentCodeGraphType>>("sharingDepartment").Description("The department whose data is shared.").Resolve(ctx => ctx.Source.SharingDepartment);
        Field<NonNullGraphType<Schema.DepartmentCodeGraphType>>("receivingDepartment").Description("The department that may read it.").Resolve(ctx => ctx.Source.ReceivingDepartment);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataCategoryGraphType>>>>("categories")
            .Description("The data categories the consent covers.")
            .Resolve(ctx => ConsentCategories.Parse(ctx.Source.Categories));
        Field(c => c.Purpose).Description("The purpose code of the vocabulary the consent is given for; a read under it states the same purpose.");
        Field(c => c.LegalBasis).Description("The legal basis, e.g. \"Samtykke, forvaltningsloven §28\".");
        Field(c => c.ValidFrom).Description("Valid from.");
        Field(c => c.ValidTo, nullable: true).Description("Valid to, inclusive; null for no end date.");
        Field(c => c.RevokedAt, nullable: true).Description("When the consent was withdrawn.");
        Field(c => c.RecordedAt).Description("When it was recorded.");
        Field(c => c.ConfirmedAt, nullable: true).Description("When the citizen or the sharing department confirmed it; null while it is only requested by the receiving department, and then it covers nothing.");
        Field<BooleanGraphType>("confirmed").Description("Whether it is confirmed (and so can cover a read).").Resolve(ctx => ctx.Source.ConfirmedAt is not null);
    }
}
