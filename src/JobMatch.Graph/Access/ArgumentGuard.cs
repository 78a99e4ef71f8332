using System.Collections;
using GraphQL;
using GraphQL.Types;

namespace JobMatch.Graph.Access;

/// <summary>
/// Filters, orders and counts reveal what they match: an input field that declares a category
/// (<see cref="FieldCategoryExtensions.FilterCategory{TSource, TReturn}"/>) may be used only by a viewer who may
/// list that category. Anything else is refused on the argument, never answered with a silently smaller list.
/// Nested inputs without a category of their own (<c>and</c>, <c>or</c>, a list of sort keys) are walked, so a
/// condition is checked wherever it sits.
/// </summary>
public static class ArgumentGuard
{
    /// <summary>
    /// Refuses the field when one of the argument's given input fields reveals a category the viewer may not list.
    /// <paramref name="departmentsOf"/> names the departments a value can belong to, for input fields declared with
    /// <see cref="DataCategory.DepartmentDetail"/> (a project condition: the departments running the projects it can
    /// match); null when the master data it needs is not available.
    /// </summary>
    public static void Check(IResolveFieldContext context, string argument, Func<string, object, IEnumerable<string>?>? departmentsOf = null)
    {
        if (context.FieldDefinition.Arguments?.Find(argument) is not { } definition
            || Unwrap(definition.ResolvedType) is not IInputObjectGraphType input
            || !context.Arguments!.TryGetValue(argument, out var given)
            || given.Value is null)
            return;
        var access = context.Access();
        foreach (var value in Items(given.Value))
            CheckInput(access, input, value, argument, departmentsOf);
    }

    private static void CheckInput(RequestAccess access, IInputObjectGraphType input, object value, string path, Func<string, object, IEnumerable<string>?>? departmentsOf)
    {
        foreach (var field in input.Fields)
        {
            if (ValueOf(value, field.Name) is not { } given)
                continue;
            if (field.GetCategory() is not { } declared)
            {
                if (Unwrap(field.ResolvedType) is IInputObjectGraphType nested)
                {
                    foreach (var item in Items(given))
                        CheckInput(access, nested, item, path, departmentsOf);
                }
                continue;
            }
            IEnumerable<DataCategory> categories = [declared];
            if (declared == DataCategory.DepartmentDetail)
            {
                // Unknown (the master data not yet read) is refused rather than guessed.
                var departments = departmentsOf?.Invoke(field.Name, given)
                    ?? throw new ExecutionError($"'{path}.{field.Name}' cannot be checked yet: the master data it depends on is not available. Try again shortly.") { Code = "SOURCE_UNAVAILABLE" };
                categories = departments.Distinct(StringComparer.Ordinal).Select(d => Departments.DetailOf.TryGetValue(d, out var detail)
                    ? detail
                    : throw new ExecutionError($"'{path}.{field.Name}' names a department JobMatch does not know: {d}.") { Code = "SOURCE_UNAVAILABLE" });
            }
            foreach (var category in categories)
            {
                var decision = access.Decide(category, null);
                if (decision.Allowed)
                    continue;
                access.Record(null, category, allowed: false, AccessOperation.Search, criterion: $"{path}.{field.Name}");
                throw new ExecutionError($"'{path}.{field.Name}' reveals {category}, which this viewer may not list: {decision.Message}")
                {
                    Code = decision.Code ?? AccessDecision.NotAuthorized,
                };
            }
        }
    }

    /// <summary>A list argument's items, or the one value.</summary>
    private static IEnumerable<object> Items(object value) => value is IEnumerable list and not string and not IDictionary<string, object?>
        ? list.Cast<object?>().OfType<object>()
        : [value];

    /// <summary>An input field's value, from the input object as the engine parsed it (its CLR type, or a dictionary).</summary>
    private static object? ValueOf(object input, string name) => input switch
    {
        IDictionary<string, object?> values => values.TryGetValue(name, out var value) ? value : null,
        _ => input.GetType().GetProperty(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase)?.GetValue(input),
    };

    private static IGraphType? Unwrap(IGraphType? type) => type is IProvideResolvedType wrapper ? Unwrap(wrapper.ResolvedType) : type;
}
