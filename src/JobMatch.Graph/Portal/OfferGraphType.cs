using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Agencies;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Portal;

/// <summary>An offer (tilbud) in a department's catalogue.</summary>
public sealed class OfferGraphType : ObjectGraphType<Offer>
{
    public OfferGraphType()
    {
        Name = "Offer";
        Description = "An offer (tilbud) in a department's catalogue, such as § 85 support, Jobshop or virksomhedspraktik: the unit that provides it, who it is for, its legal basis and whom to contact. Directory data: it names no citizen.";
        Field(o => o.Code).Description("The offer's code, e.g. \"SEL-85\" or \"JOBSHOP\".");
        Field(o => o.Name).Description("The offer's name, in Danish.");
        Field(o => o.Description).Description("What the offer is, in the documents' words.");
        Field<NonNullGraphType<DepartmentCodeGraphType>>("departmentCode").Description("The department whose offer it is.").Resolve(ctx => ctx.Source.DepartmentCode);
        Field<NonNullGraphType<AgencyGraphType>>("department").Description("The department whose offer it is.").Resolve(ctx => ctx.AgencyByCode(ctx.Source.DepartmentCode));
        Field<NonNullGraphType<AgencyGraphType>>("provider").Description("The unit that provides the offer.").Resolve(ctx => ctx.AgencyByCode(ctx.Source.ProviderCode));
        Field(o => o.Audience).Description("Who the offer is for (målgruppe), in the documents' words.");
        Field(o => o.LegalBasis, nullable: true).Description("The law the offer is given under, e.g. \"Serviceloven § 85\"; null for an offer that rests on no section of its own.");
        Field<NonNullGraphType<AgencyGraphType>>("contactUnit").Description("The unit to contact about the offer.").Resolve(ctx => ctx.AgencyByCode(ctx.Source.ContactUnitCode));
        Field<StaffContactGraphType>("contact").Description("The employee in the contact unit who answers for the offer; null when the unit is contacted as a whole.")
            .Resolve(ctx => ctx.Source.ContactEmployeeId is { } id ? ctx.EmployeeById(id) : null);
        Field(o => o.Source).Description("The document the offer is described in.");
    }
}
