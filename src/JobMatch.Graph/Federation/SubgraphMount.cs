using System.Reflection;
using GraphQL;
using GraphQL.Federation;
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
        citizen.ResolveReference<CitizenRepresentation, Citizen>((context, representation) =>
        {
            context.RequestServices!.GetRequiredService<ReceivedPlanParts>().Received(representation.Id, new Dictionary<string, string?>
            {
                ["employmentPlanPart"] = representation.EmploymentPlanPart,
                ["socialPlanPart"] = representation.SocialPlanPart,
                ["healthPlanPart"] = representation.HealthPlanPart,
                ["youthPlanPart"] = representation.YouthPlanPart,
            });
            return context.CitizenById(representation.Id)!;
        });
    }

    /// <summary>A citizen's representation as the gateway sends it to the Registry subgraph: its id and, for the plan, each department's part.</summary>
    public sealed class CitizenRepresentation
    {
        public Guid Id { get; set; }
        public string? EmploymentPlanPart { get; set; }
        public string? SocialPlanPart { get; set; }
        public string? HealthPlanPart { get; set; }
        public string? YouthPlanPart { get; set; }
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
