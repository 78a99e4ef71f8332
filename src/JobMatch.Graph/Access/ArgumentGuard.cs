using GraphQL;
using GraphQL.Types;

namespace JobMatch.Graph.Access;

/// <summary>
/// Filters, orders and counts reveal what they match: an input field that declares a category
/// (<see cref="FieldCategoryExtensions.FilterCategory{TSource, TReturn}"/>) may be used only by a viewer who may
/// list that category. Anything else is refused on the argument, never answered with a silently smaller list.
/// </summary>
public static class ArgumentGuard
{
    /// <summary>
    /// Refuses the field when one of the argument's given input fields reveals a category the viewer may not list.
    /// <paramref name="departmentOf"/> names the department a value belongs to, for input fields declared with
    /// <see cref="DataCategory.DepartmentDetail"/> (a project code: the department that runs it).
    /// </summary>
    public static void Check(IResolveFieldContext context, string argument, Func<string, object?, string?>? departmentOf = null)
    {
        if (context.FieldDefinition.Arguments?.Find(argument) is not { } definition
            || Unwrap(definition.ResolvedType) is not IInputObjectGraphType input
            || !context.Arguments!.TryGetValue(argument, out var given)
            || given.Value is null)
            return;
        var access = context.Access();
        foreach (var field in input.Fields)
        {
            if (field.GetCategory() is not { } declared || ValueOf(given.Value, field.Name) is not { } value)
                continue;
            var category = declared;
            if (declared == DataCategory.DepartmentDetail)
            {
                // Unknown (the master data not yet read) is refused rather than guessed.
                category = departmentOf?.Invoke(field.Name, value) is { } department && Departments.DetailOf.TryGetValue(department, out var detail)
                    ? detail
                    : throw new ExecutionError($"'{argument}.{field.Name}' cannot be checked yet: the master data it depends on is not available. Try again shortly.") { Code = "SOURCE_UNAVAILABLE" };
            }
            var decision = access.Decide(category, null);
            if (decision.Allowed)
                continue;
            access.Record(null, category, allowed: false, AccessOperation.Search, criterion: $"{argument}.{field.Name}");
            throw new ExecutionError($"'{argument}.{field.Name}' reveals {category}, which this viewer may not list: {decision.Message}")
            {
                Code = decision.Code ?? AccessDecision.NotAuthorized,
            };
        }
    }

    /// <summary>An input field's value, from the input object as the engine parsed it (its CLR type, or a dictionary).</summary>
    private static object? ValueOf(object input, string name) => input switch
    {
        IDictionary<string, object?> values => values.TryGetValue(name, out var value) ? value : null,
        _ => input.GetType().GetProperty(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase)?.GetValue(input),
    };

    private static IGraphType? Unwrap(IGraphType? type) => type is IProvideResolvedType wrapper ? Unwrap(wrapper.ResolvedType) : type;
}
