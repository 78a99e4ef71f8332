using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Schema;
using JobMatch.Graph.Youth;

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
        if (field.GetCategory() is not { } category)
            return;
        var scope = field.ScopeOf();
        if (scope is GuardScope.Write or GuardScope.Stream)
            return;
        var citizenOf = scope is GuardScope.Parent or GuardScope.ThroughCitizen
            ? type.CitizenOf() ?? throw new InvalidOperationException(
                $"{type.Name}.{field.Name} declares the data category {category} but not whose data it is: declare BelongsToCitizen on {type.Name}, or CitizenFromArgument, SelfScoped, Lists or Aggregate on the field.")
            : null;
        var departmentOf = category == DataCategory.DepartmentDetail
            ? type.DepartmentOf() ?? throw new InvalidOperationException($"{type.Name}.{field.Name} is guarded by its department's detail: declare BelongsToDepartment on {type.Name}.")
            : null;
        field.Resolver = new GuardedResolver(category, scope, citizenOf, departmentOf, field.CitizenArgument(), field.ListedCitizens(), field.IsHiddenQuietly(), field.Resolver ?? NameFieldResolver.Instance);
    }

    private sealed class GuardedResolver(
        DataCategory declared, GuardScope scope, Func<object?, Guid?>? citizenOf, Func<object?, string?>? departmentOf,
        string? citizenArgument, Func<object?, IEnumerable<Guid>>? listed, bool quiet, IFieldResolver inner) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            var access = context.Access();
            var category = declared;
            if (departmentOf is not null)
            {
                // A record of a department reveals that department's detail; one of no department is directory data,
                // and one whose department cannot be told is refused rather than guessed.
                if (departmentOf(context.Source) is not { } department)
                    return inner.ResolveAsync(context);
                if (!Departments.DetailOf.TryGetValue(department, out var detail))
                    return ValueTask.FromException<object?>(new ExecutionError("Whose data this is cannot be told right now; try again shortly.") { Code = AccessDecision.NotAuthorized });
                category = detail;
            }
            var citizenId = scope switch
            {
                GuardScope.Self => access.Viewer.CitizenId,
                GuardScope.Argument => context.GetGuidArgument(citizenArgument!),
                GuardScope.List or GuardScope.Aggregate or GuardScope.Directory or GuardScope.Search => null,
                _ => citizenOf!(context.Source),
            };
            if (citizenId is null && scope == GuardScope.ThroughCitizen)
                return inner.ResolveAsync(context);
            if (citizenId is null && scope is GuardScope.Parent or GuardScope.Self or GuardScope.Argument)
            {
                // A per-citizen field whose citizen is unknown is denied, never decided as a list.
                var unknown = access.Decide(category, null);
                return ValueTask.FromException<object?>(unknown.Allowed ? new ExecutionError("This field belongs to a citizen, and none was named.") { Code = AccessDecision.NotAuthorized } : unknown.ToError());
            }

            var decision = access.Decide(category, citizenId);
            return decision.IsPending ? Pending(context, access, category, citizenId!.Value, decision) : Decided(context, access, category, citizenId, decision);
        }

        /// <summary>
        /// A decision that needs facts this request does not hold yet. Apart from <see cref="ResolveAsync"/> so that the
        /// closure it builds is allocated only here, not for every field decided at once.
        /// </summary>
        private ValueTask<object?> Pending(IResolveFieldContext context, RequestAccess access, DataCategory category, Guid id, AccessDecision decision)
        {
            // The facts of every citizen on this level load in one batch, and the consents beside them in a batch of
            // their own whatever the pending decision names: loading them only when a decision turns out to need them
            // would add a round, and a statement, on every level where one does. The field's own loads then chain after
            // and batch again. A decision that turns on a handover (rare: a department not involved with the citizen)
            // loads the plans after.
            var known = access.FactsOf(id);
            var assignments = known is null ? context.ContactAssignmentsOf(id) : null;
            var consents = known?.Consents is null ? context.ConsentsOf(id) : null;
            var plans = known?.TransitionPlans is null && ReferenceEquals(decision, AccessDecision.NeedsHandover) ? context.TransitionPlansOf(id) : null;
            return new(DataLoaderResults.FromTask<object?>(async ct =>
            {
                var facts = known ?? new CitizenFacts(await assignments!.GetResultAsync(ct));
                if (consents is not null)
                {
                    var loaded = await consents.GetResultAsync(ct);
                    // The citizen's other fields decide on the facts the first of them kept, so that each decision is
                    // made once per request rather than once per field.
                    facts = access.FactsOf(id) is { Consents: not null } kept && ReferenceEquals(kept.Assignments, facts.Assignments) ? kept : facts with { Consents = loaded };
                }
                if (plans is not null)
                    facts = facts with { TransitionPlans = await plans.GetResultAsync(ct) };
                return await Decided(context, access, category, id, await CitizenFactsLoading.CompleteAsync(context, access, category, id, facts, ct));
            }));
        }

        private ValueTask<object?> Decided(IResolveFieldContext context, RequestAccess access, DataCategory category, Guid? citizenId, AccessDecision decision)
        {
            if (citizenId is { } id)
                access.Record(id, category, decision);
            else if (!decision.Allowed)
                access.Record(null, category, allowed: false);
            if (!decision.Allowed)
                return quiet && decision.Code != AccessDecision.NotAuthenticated ? ValueTask.FromResult<object?>(null) : ValueTask.FromException<object?>(decision.ToError());
            return scope == GuardScope.List ? RecordServedAsync(inner.ResolveAsync(context), access, category) : inner.ResolveAsync(context);
        }

        /// <summary>A list logs every citizen whose data it served.</summary>
        private async ValueTask<object?> RecordServedAsync(ValueTask<object?> resolving, RequestAccess access, DataCategory category)
        {
            var result = await resolving;
            if (result is IDataLoaderResult pending)
                return DataLoaderResults.FromTask(async ct =>
                {
                    var value = await pending.GetResultAsync(ct);
                    RecordServed(value, access, category);
                    return value;
                });
            RecordServed(result, access, category);
            return result;
        }

        private void RecordServed(object? value, RequestAccess access, DataCategory category)
        {
            foreach (var id in listed!(value))
                access.Record(id, category, allowed: true);
        }
    }
}
