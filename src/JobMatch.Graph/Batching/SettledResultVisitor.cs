using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace JobMatch.Graph.Batching;

/// <summary>
/// Hands GraphQL.NET the value of a loader result that is already known (<see cref="DataLoaderResults.Settled"/>)
/// instead of the result: reference data, a contact person read beside the assignments, a batch asked for again after
/// it ran. A page of fifty citizens has a few thousand such fields, and each would otherwise wait for the engine's next
/// data-loader pass. Fields read off their parent's properties never return a loader and are left alone.
/// </summary>
public sealed class SettledResultVisitor : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (field.Resolver is null or NameFieldResolver || field.StreamResolver is not null)
            return;
        var resolver = field.Resolver;
        if (resolver.GetType() is { IsGenericType: true } generic && generic.GetGenericTypeDefinition() == typeof(ExpressionFieldResolver<,>))
            return;
        field.Resolver = new SettledResolver(resolver);
    }

    private sealed class SettledResolver(IFieldResolver inner) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            var resolving = inner.ResolveAsync(context);
            return resolving.IsCompletedSuccessfully ? new(DataLoaderResults.Settled(resolving.Result)) : SettleAsync(resolving);
        }

        private static async ValueTask<object?> SettleAsync(ValueTask<object?> resolving) => DataLoaderResults.Settled(await resolving.ConfigureAwait(false));
    }
}
