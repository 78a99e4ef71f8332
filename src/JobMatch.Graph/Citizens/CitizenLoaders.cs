using GraphQL;
using GraphQL.DataLoader;
using JobMatch.Data.Registry;
using JobMatch.Graph.Batching;

namespace JobMatch.Graph.Citizens;

/// <summary>Batched reads of the Registry's citizen data.</summary>
public static class CitizenLoaders
{
    public static IDataLoaderResult<Citizen?> CitizenById(this IResolveFieldContext context, Guid id) =>
        context.Loaders().ById<RegistryContext, Citizen>("registry.citizenById", db => db.Citizens, c => c.Id).Load(id);

    /// <summary>The citizen's current contact persons, one per department involved.</summary>
    public static IDataLoaderResult<IReadOnlyList<ContactAssignment>> ContactAssignmentsOf(this IResolveFieldContext context, Guid citizenId) =>
        context.Loaders().ByCitizen<RegistryContext, ContactAssignment>("registry.contactAssignments",
            db => db.ContactAssignments.Where(a => a.To == null).OrderBy(a => a.DepartmentCode).ThenBy(a => a.From)).Load(citizenId);

    public static IDataLoaderResult<IReadOnlyList<Consent>> ConsentsOf(this IResolveFieldContext context, Guid citizenId) =>
        context.Loaders().ByCitizen<RegistryContext, Consent>("registry.consents", db => db.Consents.OrderBy(c => c.ValidFrom)).Load(citizenId);
}
