using GraphQL.Types;
using JobMatch.Graph.Access;

namespace JobMatch.Graph.Federation;

/// <summary>
/// Which subgraph serves each field of the roots and of the <c>Citizen</c> entity: a field that declares a data
/// category goes to the source that owns that category, the rest are named here. Every other type goes with the
/// fields that reach it.
/// </summary>
public static class SubgraphFields
{
    /// <summary>The owning source of each category that a root or citizen field declares.</summary>
    public static readonly IReadOnlyDictionary<DataCategory, Subgraph> ByCategory = new Dictionary<DataCategory, Subgraph>
    {
        [DataCategory.Identity] = Subgraph.Registry,
        [DataCategory.Involvement] = Subgraph.Registry,
        [DataCategory.CprNumber] = Subgraph.Registry,
        [DataCategory.ContactInfo] = Subgraph.Registry,
        [DataCategory.Directory] = Subgraph.Registry,
        [DataCategory.EmploymentSummary] = Subgraph.Employment,
        [DataCategory.EmploymentDetail] = Subgraph.Employment,
        [DataCategory.SocialDetail] = Subgraph.Social,
        [DataCategory.HealthDetail] = Subgraph.Health,
        [DataCategory.YouthDetail] = Subgraph.Youth,
        [DataCategory.Handover] = Subgraph.Youth,
        [DataCategory.Audit] = Subgraph.Audit,
        // Aggregates over many sources are the municipality's, as the register is.
        [DataCategory.Statistics] = Subgraph.Registry,
    };

    /// <summary>Fields without a category of their own, or whose category is not where they are served.</summary>
    public static readonly IReadOnlyDictionary<string, Subgraph> ByName = new Dictionary<string, Subgraph>(StringComparer.Ordinal)
    {
        ["Query.me"] = Subgraph.Registry,
        ["Query.node"] = Subgraph.Registry,
        ["Query.nodes"] = Subgraph.Registry,
        ["Query.agencies"] = Subgraph.Registry,
        ["Query.agency"] = Subgraph.Registry,
        ["Query.departments"] = Subgraph.Registry,
        ["Query.contactPersons"] = Subgraph.Registry,
        ["Query.projects"] = Subgraph.Registry,
        ["Query.project"] = Subgraph.Registry,
        ["Query.employers"] = Subgraph.Registry,
        ["Query.targetGroups"] = Subgraph.Employment,
        ["Query.benefitTypes"] = Subgraph.Employment,
        // The plan joins every department's entries: each department's subgraph serves its own part (PlanParts), and the
        // Registry subgraph, which holds who is involved, composes them.
        ["Citizen.combinedPlan"] = Subgraph.Registry,
        ["Mutation.recordConsent"] = Subgraph.Registry,
        ["Mutation.confirmConsent"] = Subgraph.Registry,
        ["Mutation.revokeConsent"] = Subgraph.Registry,
    };

    /// <summary>The subgraph that serves a field of a root or of the citizen entity; the entity's key is in every one.</summary>
    public static Subgraph? Of(IGraphType type, FieldType field)
    {
        if (ByName.TryGetValue($"{type.Name}.{GraphName(field)}", out var named))
            return named;
        if (field.GetCategory() is { } category && ByCategory.TryGetValue(category, out var owner))
            return owner;
        return null;
    }

    /// <summary>The field's name as the schema shows it: <c>Field(c => c.Id)</c> is named in CLR case until the schema converts it.</summary>
    public static string GraphName(FieldType field) => char.ToLowerInvariant(field.Name[0]) + field.Name[1..];
}
