using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace JobMatch.Graph.Batching;

/// <summary>Asks the loaders a citizen's field reads for that citizen, into <paramref name="loads"/>, without awaiting them.</summary>
public delegate void PrefetchLoads(IResolveFieldContext context, Guid citizenId, ICollection<IDataLoaderResult> loads);

/// <summary>
/// Declares, where a citizen's field is defined, which loaders it reads, so that a page of citizens can run those
/// batches before its fields resolve (<see cref="Access.CitizenFactsLoading.PreloadAsync"/>): the fields then find
/// their rows known and hand GraphQL.NET values, rather than each waiting for the engine's next data-loader pass.
/// A declaration names exactly what the resolver reads; one that names less costs only speed, never a statement.
/// </summary>
public static class Prefetch
{
    private const string Key = "jobmatch:prefetch";
    private const string ConsentsKey = "jobmatch:prefetchConsents";

    /// <param name="field">The field.</param>
    /// <param name="loads">What the field reads for a citizen.</param>
    /// <param name="readsConsents">Whether the field reads the citizen's consents whatever the decisions (the combined plan decides every department's detail).</param>
    public static FieldBuilder<TSource, TReturn> Prefetches<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, PrefetchLoads loads, bool readsConsents = false)
    {
        field.FieldType.WithMetadata(Key, loads);
        if (readsConsents)
            field.FieldType.WithMetadata(ConsentsKey, true);
        return field;
    }

    /// <summary>Whether the field reads the citizen's consents whatever the decisions.</summary>
    public static bool ReadsConsents(this IFieldType field) => field.GetMetadata(ConsentsKey, false);

    /// <summary>The loads a field declared; null for one that declared none.</summary>
    public static PrefetchLoads? PrefetchesOf(this IFieldType field) => field.GetMetadata<PrefetchLoads?>(Key);
}
