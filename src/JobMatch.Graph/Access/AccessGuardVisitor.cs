using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using JobMatch.Data;
using JobMatch.Data.Registry;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;
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
            var access = context.RequestServices!.GetRequiredService<RequestAccess>();
            var citizenId = selfScoped ? access.Viewer.CitizenId
                : citizenArgument is not null ? context.GetArgument<Guid?>(citizenArgument)
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
            return decision.Allowed ? inner.ResolveAsync(context) : ValueTask.FromException<object?>(decision.ToError());
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
