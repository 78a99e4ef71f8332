using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace JobMatch.Graph.Access;

/// <summary>
/// Declares, where a field is defined, which data category guards it and whose data it is, so the guard reads
/// next to the field. A guarded field says how it finds its citizen: from its parent (the type declares it with
/// <see cref="BelongsToCitizen{TSource}"/>), from an argument, from the viewer, or that it lists citizens or
/// aggregates over them. The schema does not start when a guarded field says none of these.
/// </summary>
public static class FieldCategoryExtensions
{
    private const string CategoryKey = "jobmatch:category";
    private const string ScopeKey = "jobmatch:scope";
    private const string CitizenArgumentKey = "jobmatch:citizenArgument";
    private const string ListedCitizenKey = "jobmatch:listedCitizen";
    private const string CitizenOfKey = "jobmatch:citizenOf";
    private const string DepartmentOfKey = "jobmatch:departmentOf";

    public static FieldBuilder<TSource, TReturn> Category<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, DataCategory category)
    {
        field.FieldType.WithMetadata(CategoryKey, category);
        field.FieldType.ApplyDirective(CategoryDirective.DirectiveName, "name", category);
        return field;
    }

    /// <summary>The category declared on a field (or an input field), or null for one that carries no personal data.</summary>
    public static DataCategory? GetCategory(this IFieldType field) => field.GetMetadata<DataCategory?>(CategoryKey);

    /// <summary>An input field (a filter or an order) that reveals a category: only viewers who may list it may use it.</summary>
    public static FieldBuilder<TSource, TReturn> FilterCategory<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, DataCategory category)
    {
        field.FieldType.WithMetadata(CategoryKey, category);
        return field;
    }

    /// <summary>The field reads the viewer's own record (a citizen's own access log): the viewer is the citizen.</summary>
    public static FieldBuilder<TSource, TReturn> SelfScoped<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Scoped(GuardScope.Self);

    /// <summary>A root field whose citizen is named by an argument (e.g. <c>citizen(id:)</c>).</summary>
    public static FieldBuilder<TSource, TReturn> CitizenFromArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string argument)
    {
        field.FieldType.WithMetadata(CitizenArgumentKey, argument);
        return field.Scoped(GuardScope.Argument);
    }

    /// <summary>
    /// The field lists citizens or their records (no single citizen): the list is decided as such, its resolver
    /// narrows it to the viewer's caseload, and every citizen it serves is logged.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> Lists<TSource, TReturn, TItem>(this FieldBuilder<TSource, TReturn> field, Func<TItem, Guid> citizenOf)
    {
        field.FieldType.WithMetadata(ListedCitizenKey, (Func<object?, IEnumerable<Guid>>)(value => value switch
        {
            GraphQL.Types.Relay.DataObjects.Connection<TItem> page => page.Edges?.Where(e => e.Node is not null).Select(e => citizenOf(e.Node!)) ?? [],
            IEnumerable<TItem> items => items.Select(citizenOf),
            TItem item => [citizenOf(item)],
            _ => [],
        }));
        return field.Scoped(GuardScope.List);
    }

    /// <summary>The field answers with aggregates over citizens, never a person: decided without a citizen, logged for nobody.</summary>
    public static FieldBuilder<TSource, TReturn> Aggregate<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Scoped(GuardScope.Aggregate);

    /// <summary>The field answers with directory data about no citizen (offers, procedures, unit contacts): decided without a citizen, logged only when refused.</summary>
    public static FieldBuilder<TSource, TReturn> Directory<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Scoped(GuardScope.Directory);

    /// <summary>The field searches for citizens (by CPR): decided without a citizen; its resolver logs the search and what it found.</summary>
    public static FieldBuilder<TSource, TReturn> Searches<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Scoped(GuardScope.Search);

    /// <summary>The field is guarded only when its parent was reached through a citizen (a contact person on a citizen's record); elsewhere it is directory data.</summary>
    public static FieldBuilder<TSource, TReturn> GuardedThroughCitizen<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Scoped(GuardScope.ThroughCitizen);

    private const string QuietKey = "jobmatch:quiet";

    /// <summary>
    /// A denial reads as null without an error: for a detail that a record shows beside what every involved
    /// department sees (a contact person's title), so a page of records does not carry an error per hidden detail.
    /// The denial is still logged; the field's description says that null means hidden.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> HiddenQuietly<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.WithMetadata(QuietKey, true);
        return field;
    }

    internal static bool IsHiddenQuietly(this IFieldType field) => field.GetMetadata(QuietKey, false);

    /// <summary>
    /// A mutation that decides for itself, through <see cref="AccessPolicy"/>, per citizen and category it writes
    /// (a consent): the guard leaves it to the resolver, and the schema still shows the category.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> Writes<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, DataCategory category) =>
        field.Category(category).Scoped(GuardScope.Write);

    /// <summary>
    /// A mutation payload's record: the write that returns it was decided and audited by the access policy, so the
    /// guard leaves it alone; the category still shows on the field.
    /// </summary>
    public static FieldType WrittenAs(this FieldType field, DataCategory category)
    {
        field.WithMetadata(CategoryKey, category);
        field.ApplyDirective(CategoryDirective.DirectiveName, "name", category);
        field.WithMetadata(ScopeKey, GuardScope.Write);
        return field;
    }

    /// <summary>A subscription that decides and audits each event it delivers, per citizen, through <see cref="AccessPolicy"/>.</summary>
    public static FieldBuilder<TSource, TReturn> Streams<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, DataCategory category) =>
        field.Category(category).Scoped(GuardScope.Stream);

    /// <summary>Whose data the guarded fields of this type are: declared once on the type.</summary>
    public static void BelongsToCitizen<TSource>(this ComplexGraphType<TSource> type, Func<TSource, Guid?> citizenOf) =>
        type.WithMetadata(CitizenOfKey, (Func<object?, Guid?>)(source => source is TSource typed ? citizenOf(typed) : null));

    /// <summary>Which department a record of this type belongs to, for fields guarded by <see cref="DataCategory.DepartmentDetail"/>.</summary>
    public static void BelongsToDepartment<TSource>(this ComplexGraphType<TSource> type, Func<TSource, string?> departmentOf) =>
        type.WithMetadata(DepartmentOfKey, (Func<object?, string?>)(source => source is TSource typed ? departmentOf(typed) : null));

    internal static GuardScope ScopeOf(this IFieldType field) => field.GetMetadata(ScopeKey, GuardScope.Parent);

    internal static string? CitizenArgument(this IFieldType field) => field.GetMetadata<string?>(CitizenArgumentKey);

    internal static Func<object?, IEnumerable<Guid>>? ListedCitizens(this IFieldType field) => field.GetMetadata<Func<object?, IEnumerable<Guid>>?>(ListedCitizenKey);

    internal static Func<object?, Guid?>? CitizenOf(this IGraphType type) => type.GetMetadata<Func<object?, Guid?>?>(CitizenOfKey);

    internal static Func<object?, string?>? DepartmentOf(this IGraphType type) => type.GetMetadata<Func<object?, string?>?>(DepartmentOfKey);

    private static FieldBuilder<TSource, TReturn> Scoped<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, GuardScope scope)
    {
        field.FieldType.WithMetadata(ScopeKey, scope);
        return field;
    }
}

/// <summary>How a guarded field finds the citizen whose data it is.</summary>
internal enum GuardScope
{
    Parent,
    ThroughCitizen,
    Argument,
    Self,
    List,
    Aggregate,
    Directory,
    Search,
    Write,
    Stream,
}
