using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using GraphQL.Utilities;
using JobMatch.Data;
using JobMatch.Data.Registry;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Access;

/// <summary>
/// Wraps the resolver of every field that declares a data category, so the access table is enforced however
/// the field is reached (aliases, fragments, nested paths, lists). A denied field resolves to null with an
/// error at its path; the rest of the response still arrives. Unguarded fields pay nothing.
/// </summary>
public sealed class AccessGuardVisitor : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (field.GetCategory() is { } category)
            field.Resolver = new GuardedResolver(category, field.IsSelfScoped(), field.CitizenArgument(), field.Resolver ?? NameFieldResolver.Instance);
    }

    private sealed class GuardedResolver(DataCategory category, bool selfScoped, string? citizenArgument, IFieldResolver inner) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            var access = context.Access();
            var citizenId = selfScoped ? access.Viewer.CitizenId
                : citizenArgument is not null ? context.GetGuidArgument(citizenArgument)
                : CitizenOf(context.Source);
            var decision = access.Decide(category, citizenId);
            if (decision.IsPending)
            {
                // The consents of every citizen on this level load in one batch; the field's own loads then
                // chain after it and batch again.
                var id = citizenId!.Value;
                return new(context.ConsentsOf(id).Then((consents, _) => ResolveDecided(context, access, id, access.Decide(category, id, consents)).AsTask()));
            }
            return ResolveDecided(context, access, citizenId, decision);
        }

        private ValueTask<object?> ResolveDecided(IResolveFieldContext context, RequestAccess access, Guid? citizenId, AccessDecision decision)
        {
            if (citizenId is { } id)
                access.Record(id, category, decision.Allowed);
            if (!decision.Allowed)
                return ValueTask.FromException<object?>(decision.ToError());
            return citizenId is null ? RecordServedAsync(inner.ResolveAsync(context), access) : inner.ResolveAsync(context);
        }

        /// <summary>A field with no single citizen (a list, a lookup) logs every citizen whose data it served.</summary>
        private async ValueTask<object?> RecordServedAsync(ValueTask<object?> resolving, RequestAccess access)
        {
            var result = await resolving;
            if (result is IDataLoaderResult pending)
                return DataLoaderResults.FromTask(async ct =>
                {
                    var value = await pending.GetResultAsync(ct);
                    RecordServed(value, access);
                    return value;
                });
            RecordServed(result, access);
            return result;
        }

        private void RecordServed(object? value, RequestAccess access)
        {
            IEnumerable<object?> items = value switch
            {
                Connection<Citizen> page => page.Edges?.Select(e => (object?)e.Node) ?? [],
                Connection<JobMatch.Data.Employment.Enrollment> page => page.Edges?.Select(e => (object?)e.Node) ?? [],
                string => [],
                System.Collections.IEnumerable many => many.Cast<object?>(),
                _ => [value],
            };
            foreach (var item in items)
                if (CitizenOf(item) is { } id)
                    access.Record(id, category, allowed: true);
        }
    }

    /// <summary>The citizen a field's parent belongs to, when it belongs to one.</summary>
    public static Guid? CitizenOf(object? source) => source switch
    {
        Citizen c => c.Id,
        CitizenRef r => r.CitizenId,
        ICitizenRecord r => r.CitizenId,
        _ => null,
    };
}
