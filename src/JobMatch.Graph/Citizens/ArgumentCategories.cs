using GraphQL;
using JobMatch.Graph.Access;

namespace JobMatch.Graph.Citizens;

/// <summary>The guard on filter and sort arguments: a field over a category the viewer may not list is refused, not silently ignored.</summary>
public static class ArgumentCategories
{
    /// <summary>
    /// Refuses the argument with the access rules' own code unless the viewer may list every category its fields read
    /// (<see cref="RequestAccess.Decide"/> without a citizen). A smaller page would tell the caller just as much.
    /// </summary>
    public static void RequireListable(this IResolveFieldContext context, string argument, IEnumerable<string> fields, IReadOnlyDictionary<string, DataCategory> categories)
    {
        foreach (var field in fields.Distinct(StringComparer.Ordinal))
        {
            var category = categories[field];
            // A department's detail depends on the value (the project's department): decided by the caller.
            if (category == DataCategory.DepartmentDetail)
                continue;
            Require(context, argument, field, category);
        }
    }

    /// <summary>Refuses the argument unless the viewer may list <paramref name="category"/>; the refusal is logged.</summary>
    public static void Require(IResolveFieldContext context, string argument, string field, DataCategory category)
    {
        var access = context.Access();
        var decision = access.Decide(category, citizenId: null);
        if (decision.Allowed)
            return;
        access.Record(null, category, allowed: false, AccessOperation.Search, criterion: $"{argument}.{field}");
        throw new ExecutionError($"'{argument}.{field}' reads {category}, which this viewer may not list: {decision.Message}") { Code = decision.Code ?? AccessDecision.NotAuthorized };
    }
}
