using GraphQL.Types;
using JobMatch.Graph.Writes;

namespace JobMatch.Graph.Consents;

/// <summary>
/// The consent asked for is already in place (an active one covers the same categories and period), or the one named is
/// already confirmed or withdrawn. Consents carry no version: the caller reads the consent named and decides.
/// </summary>
public sealed record ConsentConflict(string Message, Guid ConsentId) : WriteError("CONFLICT", Message);

public sealed class ConsentConflictErrorGraphType : WriteErrorGraphType<ConsentConflict>
{
    public ConsentConflictErrorGraphType() : base("ConsentConflictError",
        "The consent is already as asked: an active consent already covers these categories in that period, or the consent is already confirmed or withdrawn. Read the consent `consentId` names (`citizen { consents }`) before trying again.") =>
        Field<NonNullGraphType<IdGraphType>>("consentId").Description("The consent in the way: the one that already covers it, or the one named.").Resolve(ctx => ctx.Source.ConsentId);
}
