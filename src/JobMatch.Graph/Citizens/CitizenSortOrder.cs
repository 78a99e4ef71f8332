using System.Collections.Concurrent;
using System.Linq.Expressions;
using JobMatch.Data.Registry;
using JobMatch.Graph.Limits;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Citizens;

/// <summary>
/// The keyset order of a citizens page: each sort field's stored columns, then the id, which breaks ties so every
/// citizen has one position. Names and districts sort by their Danish folds (case and accents aside), the columns
/// the search indexes hold, so a page in name order reads an index in the order it serves.
/// </summary>
public static class CitizenSortOrder
{
    // One order per distinct sort, built once: a field named twice sorts by its first mention, so there are few.
    private static readonly ConcurrentDictionary<string, Keyset.Order<Citizen>> Orders = new();

    public static Keyset.Order<Citizen> Of(IReadOnlyList<CitizenSort> order)
    {
        var fields = new List<(string Field, bool Ascending)>();
        foreach (var (field, direction) in order.SelectMany(o => o.Keys()).DefaultIfEmpty(("name", SortEnumType.Asc)))
        {
            if (fields.All(f => f.Field != field))
                fields.Add((field, direction == SortEnumType.Asc));
        }
        var signature = string.Join(",", fields.Select(f => f.Field + (f.Ascending ? ":asc" : ":desc")));
        return Orders.GetOrAdd(signature, _ => new Keyset.Order<Citizen>("citizen", signature, [.. fields.SelectMany(f => KeysOf(f.Field, f.Ascending)), Key(c => c.Id, true)]));
    }

    // The birth-date orders read through a department's contact assignments (ContactAssignment.CitizenBirthDate): the
    // same keys and the same cursors as the citizens' own, from the index that holds the caseload in that order.
    private static readonly Keyset.Order<ContactAssignment> CaseloadByBirthDateAscending = CaseloadOrder(true);
    private static readonly Keyset.Order<ContactAssignment> CaseloadByBirthDateDescending = CaseloadOrder(false);

    /// <summary>The order over the caseload's assignments equal to <paramref name="order"/>, when it is by birth date alone.</summary>
    public static Keyset.Order<ContactAssignment>? CaseloadOf(Keyset.Order<Citizen> order) => order.Signature switch
    {
        "birthDate:asc" => CaseloadByBirthDateAscending,
        "birthDate:desc" => CaseloadByBirthDateDescending,
        _ => null,
    };

    private static Keyset.Order<ContactAssignment> CaseloadOrder(bool ascending) =>
        new("citizen", ascending ? "birthDate:asc" : "birthDate:desc",
            [new Keyset.Key<ContactAssignment>((Expression<Func<ContactAssignment, DateOnly>>)(a => a.CitizenBirthDate), ascending),
             new Keyset.Key<ContactAssignment>((Expression<Func<ContactAssignment, Guid>>)(a => a.CitizenId), true)]);

    private static IEnumerable<Keyset.Key<Citizen>> KeysOf(string field, bool ascending) => field switch
    {
        "name" => [Key(c => c.SearchLastName, ascending), Key(c => c.SearchFirstName, ascending)],
        "firstName" => [Key(c => c.SearchFirstName, ascending)],
        "lastName" => [Key(c => c.SearchLastName, ascending)],
        "birthDate" => [Key(c => c.BirthDate, ascending)],
        _ => [Key(c => c.SearchDistrict, ascending)],
    };

    private static Keyset.Key<Citizen> Key<TValue>(Expression<Func<Citizen, TValue>> column, bool ascending) => new(column, ascending);
}
