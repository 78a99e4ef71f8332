using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Youth;

namespace JobMatch.Graph.Access;

/// <summary>Completes a decision that turns on more than the facts at hand (the consents, a handover), loading what it names in the request's batches.</summary>
internal static class CitizenFactsLoading
{
    public static async Task<AccessDecision> CompleteAsync(IResolveFieldContext context, RequestAccess access, DataCategory category, Guid citizenId, CitizenFacts facts, CancellationToken ct)
    {
        var decision = access.Decide(category, citizenId, facts);
        // Each round loads one kind of fact; a decision needs at most the consents and the transition plans.
        for (var round = 0; decision.IsPending && round < 2; round++)
        {
            if (ReferenceEquals(decision, AccessDecision.NeedsConsents))
                facts = facts with { Consents = await context.ConsentsOf(citizenId).GetResultAsync(ct) };
            else if (ReferenceEquals(decision, AccessDecision.NeedsHandover))
                facts = facts with { TransitionPlans = await context.TransitionPlansOf(citizenId).GetResultAsync(ct) };
            else
                break;
            decision = access.Decide(category, citizenId, facts);
        }
        return decision;
    }

    /// <summary>
    /// Loads the facts of a page of citizens (their contact persons, in one batched statement) before their fields
    /// resolve: every guarded field of the page that turns on involvement alone is then decided at once, rather than
    /// each waiting on the facts in a continuation of its own. When a field the page asks for turns on the citizens'
    /// consents (another department's detail), the consents of the citizens it does follow in one more batch, so those
    /// fields are decided at once too; a page of names reads none. Nothing is loaded for a viewer whose decisions do
    /// not turn on the citizen.
    /// </summary>
    public static async Task PreloadAsync(IResolveFieldContext context, IEnumerable<Guid> citizenIds, CancellationToken ct)
    {
        var access = context.Access();
        var page = citizenIds.Distinct().ToList();
        var unknown = page.Where(id => access.FactsOf(id) is null).ToList();
        if (unknown.Count == 0 || !access.Decide(DataCategory.Identity, unknown[0]).IsPending)
            return;
        var loads = unknown.Select(id => (Id: id, Assignments: context.ContactAssignmentsOf(id))).ToList();
        foreach (var (id, assignments) in loads)
            access.Know(id, new CitizenFacts(await assignments.GetResultAsync(ct)));

        var asked = CategoriesAsked(context);
        var needing = page.Where(id => access.FactsOf(id) is { Consents: null } && asked.Any(c => ReferenceEquals(access.Decide(c, id), AccessDecision.NeedsConsents))).ToList();
        var consents = needing.Select(id => (Id: id, Consents: context.ConsentsOf(id))).ToList();
        foreach (var (id, loaded) in consents)
        {
            var rows = await loaded.GetResultAsync(ct);
            if (access.FactsOf(id) is { Consents: null } facts)
                access.Learn(id, facts with { Consents = rows });
        }
    }

    /// <summary>The data categories of the citizen fields a connection's page asks for (under <c>nodes</c> and <c>edges.node</c>, through fragments).</summary>
    private static HashSet<DataCategory> CategoriesAsked(IResolveFieldContext context)
    {
        var categories = new HashSet<DataCategory>();
        if (context.FieldDefinition.ResolvedType?.GetNamedType() is not IComplexGraphType connection
            || connection.GetField("nodes")?.ResolvedType?.GetNamedType() is not IComplexGraphType citizen)
            return categories;
        foreach (var node in Fields(context, context.FieldAst.SelectionSet))
        {
            var name = node.Name.StringValue;
            var citizenFields = name == "nodes" ? Fields(context, node.SelectionSet)
                : name == "edges" ? Fields(context, node.SelectionSet).Where(f => f.Name.StringValue == "node").SelectMany(f => Fields(context, f.SelectionSet))
                : [];
            foreach (var field in citizenFields)
            {
                if (citizen.GetField(field.Name.StringValue)?.GetCategory() is { } category)
                    categories.Add(category);
            }
        }
        return categories;
    }

    /// <summary>The fields of a selection set, with those of its fragments.</summary>
    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? selections)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var field in Fields(context, inline.SelectionSet))
                        yield return field;
                    break;
                case GraphQLFragmentSpread spread when context.Document.FindFragmentDefinition(spread.FragmentName.Name) is { } fragment:
                    foreach (var field in Fields(context, fragment.SelectionSet))
                        yield return field;
                    break;
            }
        }
    }
}
