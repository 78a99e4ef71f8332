using GraphQL;
using GraphQL.DataLoader;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;

namespace JobMatch.Graph.Citizens;

/// <summary>Batched reads of the Registry's citizen data.</summary>
public static class CitizenLoaders
{
    public static IDataLoaderResult<Citizen?> CitizenById(this IResolveFieldContext context, Guid id) =>
        context.Loaders().ById<RegistryContext, Citizen>("registry.citizenById", db => db.Citizens, c => c.Id).Load(id);

    /// <summary>
    /// The citizen's contact persons today, one per department involved: what the contact persons show, and what
    /// every access decision about the citizen reads (<see cref="Access.CitizenFacts"/>).
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<ContactAssignment>> ContactAssignmentsOf(this IResolveFieldContext context, Guid citizenId)
    {
        var today = context.Access().Today;
        return context.Loaders().ByCitizen<RegistryContext, ContactAssignment>("registry.contactAssignments",
            db => db.ContactAssignments.Where(CitizenFacts.InForceOn(today)).OrderBy(a => a.DepartmentCode).ThenBy(a => a.From)).Load(citizenId);
    }

    public static IDataLoaderResult<IReadOnlyList<Consent>> ConsentsOf(this IResolveFieldContext context, Guid citizenId) =>
        context.Loaders().ByCitizen<RegistryContext, Consent>("registry.consents", db => db.Consents.OrderBy(c => c.ValidFrom)).Load(citizenId);
}
