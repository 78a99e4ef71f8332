using GraphQL;
using JobMatch.Graph.Access;

namespace JobMatch.Graph.Citizens;

/// <summary>Narrows a list of citizens' records to those the viewer may reach, deciding through the same door as every field.</summary>
public static class Caseload
{
    /// <summary>
    /// The rows whose citizen the viewer may read <see cref="DataCategory.Identity"/> of: their contact assignments
    /// load in one batch, then each is decided by the access policy.
    /// </summary>
    public static async Task<List<T>> NarrowAsync<T>(IResolveFieldContext context, IReadOnlyList<T> rows, Func<T, Guid> citizenOf, CancellationToken ct)
    {
        var access = context.Access();
        var ids = rows.Select(citizenOf).Distinct().ToList();
        var pending = ids.Where(id => access.FactsOf(id) is null).Select(id => (id, assignments: context.ContactAssignmentsOf(id))).ToList();
        foreach (var (id, assignments) in pending)
            access.Decide(DataCategory.Identity, id, new CitizenFacts(await assignments.GetResultAsync(ct)));
        var reachable = ids.Where(id => access.Decide(DataCategory.Identity, id).Allowed).ToHashSet();
        return rows.Where(r => reachable.Contains(citizenOf(r))).ToList();
    }
}
