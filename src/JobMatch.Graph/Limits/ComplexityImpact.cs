using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using JobMatch.Data.Employment;
using JobMatch.Data.Registry;

namespace JobMatch.Graph.Limits;

/// <summary>
/// The cost of a document, before anything runs: every object the response may hold costs 1, counted once per
/// instance, so a list multiplies what is under it by its size and a connection by its page. In detail:
/// <list type="bullet">
/// <item>a scalar or enum costs 0: it is read with its object;</item>
/// <item>a list costs 1 (its lookup) and multiplies what is under it by <c>first</c>, its declared bound
/// (<see cref="ListSize"/>) or <see cref="LimitsOptions.DefaultListSize"/>;</item>
/// <item>a connection costs 1 and multiplies by <c>first</c>, else its default page (declared), else the maximum page
/// size; within it each node (or item) is one object, while <c>edges</c> and <c>pageInfo</c> only wrap the page;</item>
/// <item>reference data held in memory (agencies, projects, target groups, benefit types) costs 0 of its own: a few
/// hundred rows read once, whatever the request (what is under them still counts); so do the cells of an outcome
/// table, which its root field computes in one go;</item>
/// <item>introspection costs nothing, so the IDE's own query passes.</item>
/// </list>
/// </summary>
public static class ComplexityImpact
{
    private const string ListSizeKey = "jobmatch:listSize";

    // The rows ReferenceData holds in memory, and the parts of an outcome table, which its root field computes at once.
    private static readonly HashSet<Type> ReferenceRows =
    [
        typeof(Agency), typeof(Project), typeof(TargetGroup), typeof(BenefitType),
        typeof(Outcomes.OutcomeCell), typeof(Outcomes.OutcomeGroup), typeof(Outcomes.OutcomeMoment), typeof(Outcomes.Published), typeof(Outcomes.SupportUse),
    ];

    /// <summary>Declares how long a list field can be (e.g. one per department), or a connection's default page.</summary>
    public static FieldBuilder<TSource, TReturn> ListSize<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int size)
    {
        field.FieldType.WithMetadata(ListSizeKey, size);
        return field;
    }

    public static FieldComplexityResult Of(FieldImpactContext context, LimitsOptions limits)
    {
        var field = context.FieldDefinition;
        if (field.Name.StartsWith("__", StringComparison.Ordinal))
            return new FieldComplexityResult(0, 0);
        // Within a page: the items are its objects; edges and pageInfo wrap it, and a node is counted where it is.
        if (IsConnection(context.ParentType))
            return new FieldComplexityResult(field.Name == "items" ? 1 : 0, 1);
        var type = WithoutNonNull(field.ResolvedType);
        // first: null (or a value that failed to parse, reported by its own rule) counts as the default page.
        // last counts as first does: a page read backwards costs what it reads.
        var pageSize = Math.Max(
            context.Arguments?.TryGetValue("first", out var firstArgument) == true && firstArgument.Value is int n ? n : 0,
            context.Arguments?.TryGetValue("last", out var lastArgument) == true && lastArgument.Value is int m ? m : 0);
        var first = pageSize > 0 ? pageSize : (int?)null;
        var declared = field.GetMetadata<int?>(ListSizeKey);
        if (IsConnection(type))
            return new FieldComplexityResult(1, first ?? declared ?? limits.MaxPageSize);
        if (type is ListGraphType list)
            return new FieldComplexityResult(OwnCost(WithoutNonNull(list.ResolvedType)), first ?? declared ?? limits.DefaultListSize);
        return new FieldComplexityResult(OwnCost(type), 1);
    }

    private static int OwnCost(IGraphType? type) => type switch
    {
        ScalarGraphType or EnumerationGraphType => 0,
        ListGraphType list => OwnCost(WithoutNonNull(list.ResolvedType)),
        _ when IsReferenceData(type) => 0,
        _ => 1,
    };

    private static bool IsConnection(IGraphType? type) =>
        type is IObjectGraphType { Name: var name } && name.EndsWith("Connection", StringComparison.Ordinal);

    private static bool IsReferenceData(IGraphType? type)
    {
        for (var t = type?.GetType(); t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ObjectGraphType<>))
                return ReferenceRows.Contains(t.GetGenericArguments()[0]);
        return false;
    }

    private static IGraphType? WithoutNonNull(IGraphType? type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;
}
