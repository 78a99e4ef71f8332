using System.Reflection;
using GraphQL;
using GraphQL.Federation;
using GraphQL.Federation.Resolvers;
using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Plans;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Federation;

/// <summary>
/// Mounts the part of the roots and of the <c>Citizen</c> entity that this host serves. The single host keeps every
/// field; a subgraph keeps its own (<see cref="SubgraphFields"/>), so the types only the others reach are left out of
/// its schema too. The graph types stay one code base: a subgraph is the same types with fewer fields.
/// </summary>
public sealed class SubgraphMount(SubgraphOptions options)
{
    public Subgraph? Mounted => options.Mounted;

    public bool IsSingleHost => options.IsSingleHost;

    /// <summary>The query root as this host serves it: a department's subgraph may have no query field of its own, only <c>_entities</c>.</summary>
    public QueryGraphType Query(QueryGraphType query)
    {
        if (!options.IsSingleHost)
            Keep(query, _ => false);
        return query;
    }

    /// <summary>Another root as this host serves it, or null when a subgraph serves none of its fields.</summary>
    public T? Root<T>(T root) where T : class, IComplexGraphType
    {
        if (options.IsSingleHost)
            return root;
        Keep(root, _ => false);
        return root.Fields.Any() ? root : null;
    }

    /// <summary>
    /// Makes the citizen an entity keyed by its id in a subgraph, with only that subgraph's fields. The reference is
    /// read from the Registry by id, never taken from the representation: whatever else a caller sends in it is
    /// ignored, and every field then decides on facts the subgraph reads itself.
    /// </summary>
    public void Entity(CitizenGraphType citizen)
    {
        if (options.IsSingleHost)
            return;
        Keep(citizen, field => SubgraphFields.GraphName(field) == "id");
        citizen.Key("id");
        if (options.Mounted == Subgraph.Registry)
        {
            ComposePlan(citizen);
            return;
        }
        citizen.ResolveReference<Citizen, Citizen>((context, representation) => context.CitizenById(representation.Id)!);
        if (PlanParts.Of.SingleOrDefault(p => p.Value.Subgraph == options.Mounted) is { Key: { } department, Value.Field: var name })
        {
            citizen.Field<StringGraphType>(name)
                .Description($"{department}'s part of the combined plan for this viewer, decided and audited here, for the Registry subgraph to compose (not in the public API).")
                .Resolve(ctx => ctx.PartFor(ctx.Source.Id, department))
                .FieldType.Inaccessible();
        }
    }

    /// <summary>
    /// The Registry's <c>combinedPlan</c> requires each department's part, so the gateway fetches the parts from the
    /// departments' subgraphs first and sends them with the citizen's representation. The parts take no arguments
    /// (federation allows none on a required field); the plan's arguments filter what the parts hold.
    /// </summary>
    private static void ComposePlan(CitizenGraphType citizen)
    {
        foreach (var (_, (name, _, _)) in PlanParts.Of)
            citizen.Field<StringGraphType>(name).Description("A department's part of the combined plan, served by its subgraph.").Resolve(_ => null).FieldType.External();
        citizen.GetField("combinedPlan")!.Requires(string.Join(" ", PlanParts.Of.Values.Select(p => p.Field)));
        citizen.ResolveReference(new CitizenWithPlanParts());
    }

    /// <summary>
    /// The Registry's reference to a citizen: read by the id from its own register, with the parts the gateway sent beside
    /// the id kept for the plan. A part that is not a string (the gateway puts a failed fetch's error in its place) is a
    /// part that did not arrive.
    /// </summary>
    private sealed class CitizenWithPlanParts : IFederationResolver
    {
        // A representation without the id is answered with an error, not refused as a whole: the gateway always sends the
        // key, so such a request is someone else's, and it learns why the plan is not composed.
        public bool MatchKeys(IDictionary<string, object?> representation) => true;

        public object ParseRepresentation(IComplexGraphType graphType, IDictionary<string, object?> representation) =>
            (Id: representation.TryGetValue("id", out var key) && Guid.TryParse(key as string, out var id) ? id : (Guid?)null,
             Parts: PlanParts.Of.Values.ToDictionary(p => p.Field, p => representation.TryGetValue(p.Field, out var part) ? part as string : null));

        public ValueTask<object?> ResolveAsync(IResolveFieldContext context, IComplexGraphType graphType, object parsedRepresentation)
        {
            var (id, parts) = ((Guid?, Dictionary<string, string?>))parsedRepresentation;
            if (id is not { } citizen)
                throw new ExecutionError("The citizen's combined plan could not be composed: the representation has no citizen id beside the departments' parts.") { Code = "PLAN_PARTS_MISSING" };
            context.RequestServices!.GetRequiredService<ReceivedPlanParts>().Received(citizen, parts);
            return ValueTask.FromResult<object?>(context.CitizenById(citizen));
        }
    }

    /// <summary>
    /// A department's subgraph reaches the citizen only through <c>_entities</c>, so the entity is registered by name.
    /// The Registry's <c>node(id:)</c> and a plan entry's <c>source</c> answer any node, so it knows every node type.
    /// </summary>
    public void RegisterEntities(ISchema schema)
    {
        if (options.IsSingleHost)
            return;
        schema.RegisterType(typeof(CitizenGraphType));
        if (options.Mounted != Subgraph.Registry)
            return;
        foreach (var name in Nodes.NodeTypes.ByName.Keys.Where(name => name != Nodes.NodeTypes.Citizen))
        {
            schema.RegisterType(typeof(SubgraphMount).Assembly.GetTypes().SingleOrDefault(t => t.Name == name + "GraphType")
                ?? throw new InvalidOperationException($"The node type {name} has no {name}GraphType for the Registry subgraph to answer it with."));
        }
    }

    /// <summary>A subgraph's SDL as the gateway's composition reads it (<c>_service { sdl }</c>): with its federation directives.</summary>
    public static string Print(ISchema schema) =>
        schema.Print(new GraphQL.Federation.Types.FederationPrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";

    private void Keep(IComplexGraphType type, Func<FieldType, bool> everywhere)
    {
        var fields = FieldList(type);
        foreach (var field in fields)
        {
            if (!everywhere(field) && SubgraphFields.Of(type, field) is null)
                throw new InvalidOperationException($"{type.Name}.{SubgraphFields.GraphName(field)} is served by no subgraph: give it a data category or name it in {nameof(SubgraphFields)}.{nameof(SubgraphFields.ByName)}.");
        }
        fields.RemoveAll(field => !everywhere(field) && SubgraphFields.Of(type, field) != options.Mounted);
    }

    // GraphQL.NET has no public way to take a field off a type once added; its field list is internal.
    private static List<FieldType> FieldList(IComplexGraphType type) =>
        typeof(TypeFields).GetProperty("List", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(type.Fields) as List<FieldType>
        ?? throw new InvalidOperationException("GraphQL.NET's TypeFields no longer keeps its fields in an internal List: mounting a subgraph needs another way to leave fields out.");
}
