using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using JobMatch.Graph.Batching;
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
    /// Loads what a page of citizens reads before their fields resolve, so that they resolve from values:
    /// <list type="number">
    /// <item>the facts (contact persons, in one batched statement): every guarded field that turns on involvement alone
    /// is then decided at once, rather than each waiting on the facts in a continuation of its own; nothing is loaded
    /// for a viewer whose decisions do not turn on the citizen;</item>
    /// <item>when a field the page asks for turns on the citizens' consents (another department's detail), or reads
    /// them anyway (the combined plan), the consents of the citizens it does, in one more batch; a page of names reads
    /// none;</item>
    /// <item>the rows of every field the page asks for that declares its loads (<see cref="Prefetch"/>), for the
    /// citizens whose decision on that field is made and allows it, each source's batch side by side. A field denied,
    /// or not yet decidable, for a citizen reads nothing for them here, as it reads nothing when it resolves; a field
    /// with arguments is left to its resolver, since they may narrow what it reads.</item>
    /// </list>
    /// It only loads: every decision is still recorded, and every error raised, by the field itself.
    /// </summary>
    public static async Task PreloadAsync(IResolveFieldContext context, IEnumerable<Guid> citizenIds, CancellationToken ct)
    {
        var access = context.Access();
        var page = citizenIds.Distinct().ToList();
        if (page.Count == 0)
            return;
        var asked = CitizenFieldsAsked(context);
        var unknown = page.Where(id => access.FactsOf(id) is null).ToList();
        if (unknown.Count > 0 && access.Decide(DataCategory.Identity, unknown[0]).IsPending)
        {
            var loads = unknown.Select(id => (Id: id, Assignments: context.ContactAssignmentsOf(id))).ToList();
            foreach (var (id, assignments) in loads)
                access.Know(id, new CitizenFacts(await assignments.GetResultAsync(ct)));

            var categories = asked.Select(f => f.Field.GetCategory()).OfType<DataCategory>().Distinct().ToList();
            var always = asked.Any(f => f.Field.ReadsConsents());
            var needing = page.Where(id => access.FactsOf(id) is { Consents: null } && (always || categories.Any(c => ReferenceEquals(access.Decide(c, id), AccessDecision.NeedsConsents)))).ToList();
            var consents = needing.Select(id => (Id: id, Consents: context.ConsentsOf(id))).ToList();
            foreach (var (id, loaded) in consents)
            {
                var rows = await loaded.GetResultAsync(ct);
                if (access.FactsOf(id) is { Consents: null } facts)
                    access.Learn(id, facts with { Consents = rows });
            }
        }

        // About one load per field and citizen: the list is made big enough once rather than grown through its doublings.
        var prefetched = new List<IDataLoaderResult>(page.Count * asked.Count);
        foreach (var (ast, field) in asked)
            PrefetchField(context, access, page, ast, field, prefetched);
        await DataLoaderResults.RunAsync(prefetched, ct);
    }

    /// <summary>
    /// Asks the loads a citizen field declares for the citizens it is allowed for, and those of the fields under it
    /// where they belong to the same citizen (<c>employment { goals }</c>).
    /// </summary>
    private static void PrefetchField(IResolveFieldContext context, RequestAccess access, List<Guid> citizens, GraphQLField ast, FieldType field, List<IDataLoaderResult> loads)
    {
        if (ast.Arguments is { Count: > 0 })
            return;
        var loadsOf = field.PrefetchesOf();
        var sameCitizen = field.ResolvedType?.GetNamedType() as ObjectGraphType<CitizenRef>;
        if (loadsOf is null && sameCitizen is null)
            return;
        var allowed = citizens;
        if (field.GetCategory() is { } category)
        {
            // Only a field decided on its parent's citizen is decided here as its guard decides it.
            if (field.ScopeOf() != GuardScope.Parent)
                return;
            allowed = citizens.Where(id => access.Decide(category, id).Allowed).ToList();
        }
        if (loadsOf is not null)
        {
            foreach (var id in allowed)
                loadsOf(context, id, loads);
        }
        if (sameCitizen is null || allowed.Count == 0)
            return;
        foreach (var child in Fields(context, ast.SelectionSet))
        {
            if (sameCitizen.GetField(child.Name.StringValue) is { } childField)
                PrefetchField(context, access, allowed, child, childField, loads);
        }
    }

    /// <summary>The citizen fields a connection's page asks for (under <c>nodes</c> and <c>edges.node</c>, through fragments), with their definitions.</summary>
    private static List<(GraphQLField Ast, FieldType Field)> CitizenFieldsAsked(IResolveFieldContext context)
    {
        var asked = new List<(GraphQLField, FieldType)>();
        if (context.FieldDefinition.ResolvedType?.GetNamedType() is not IComplexGraphType connection
            || connection.GetField("nodes")?.ResolvedType?.GetNamedType() is not IComplexGraphType citizen)
            return asked;
        foreach (var node in Fields(context, context.FieldAst.SelectionSet))
        {
            var name = node.Name.StringValue;
            var citizenFields = name == "nodes" ? Fields(context, node.SelectionSet)
                : name == "edges" ? Fields(context, node.SelectionSet).Where(f => f.Name.StringValue == "node").SelectMany(f => Fields(context, f.SelectionSet))
                : [];
            foreach (var field in citizenFields)
            {
                if (citizen.GetField(field.Name.StringValue) is { } definition)
                    asked.Add((field, definition));
            }
        }
        return asked;
    }

    /// <summary>The fields of a selection set, with those of its fragments, less what <c>@skip</c> or <c>@include</c> leaves out.</summary>
    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? selections)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            if (selection is IHasDirectivesNode directed && !Included(context, directed))
                continue;
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

    /// <summary>Whether <c>@skip</c> and <c>@include</c> keep a selection; one whose condition cannot be read here is kept (it can only cost a read, never an access).</summary>
    private static bool Included(IResolveFieldContext context, IHasDirectivesNode node)
    {
        foreach (var directive in node.Directives?.Items ?? [])
        {
            var name = directive.Name.StringValue;
            if (name is not ("skip" or "include"))
                continue;
            var condition = directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "if")?.Value switch
            {
                GraphQLBooleanValue literal => literal.BoolValue,
                GraphQLVariable variable when context.Variables.ValueFor(variable.Name.Value, out var value) => value.Value as bool?,
                _ => null,
            };
            if (condition is { } on && on == (name == "skip"))
                return false;
        }
        return true;
    }
}
