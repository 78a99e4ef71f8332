using GraphQL;
using GraphQL.Types;
using JobMatch.Data;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Limits;

namespace JobMatch.Graph.Nodes;

public static class NodeQueries
{
    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeGraphType>("node")
            .Description("Refetches anything with a global id (Relay). It answers only what the viewer may read of that record's citizen, under the same rules as the path that led to it; a record the viewer may not read is an AUTH_NOT_AUTHORIZED error whether or not it exists.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id from an id field.")
            .ResolveAsync(async ctx => await ResolveAsync(ctx, ctx.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeGraphType>>>("nodes")
            .Description("Refetches several nodes at once, in the order asked for; each answers as node(id:) would, so one the viewer may not read is null with its own error.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids, at most the configured page size.")
            .ResolveAsync(async ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                var max = ctx.RequestServices!.GetRequiredService<Microsoft.Extensions.Options.IOptions<LimitsOptions>>().Value.MaxPageSize;
                if (ids.Count > max)
                    throw new ExecutionError($"'ids' may name at most {max} nodes.") { Code = PageSize.ErrorCode };
                var found = new List<object?>();
                foreach (var (id, i) in ids.Select((id, i) => (id, i)))
                {
                    try
                    {
                        found.Add(await ResolveAsync(ctx, id));
                    }
                    catch (ExecutionError e)
                    {
                        e.Path = [.. ctx.ResponsePath, i];
                        ctx.Errors.Add(e);
                        found.Add(null);
                    }
                }
                return found;
            });
    }

    private static async Task<object?> ResolveAsync(IResolveFieldContext ctx, string globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var type, out var id) || !NodeTypes.ByName.TryGetValue(type, out var node))
            throw new ExecutionError($"'{globalId}' is not a global id from this graph; use an id field's value.") { Code = "INVALID_ID" };
        var access = ctx.Access();
        if (node.Category is not { } category)
            return await node.Read(ctx.RequestServices!, id, ctx.CancellationToken);

        // A citizen is decided before reading, exactly as citizen(id:) is; a record needs its citizen first.
        var listable = access.Decide(category, citizenId: null);
        if (type == NodeTypes.Citizen)
        {
            await DecideAsync(ctx, access, category, id);
            return await node.Read(ctx.RequestServices!, id, ctx.CancellationToken);
        }
        var record = await node.Read(ctx.RequestServices!, id, ctx.CancellationToken);
        if (record is not ICitizenRecord owned)
            return listable.Allowed ? null : throw listable.ToError();
        await DecideAsync(ctx, access, category, owned.CitizenId);
        return record;
    }

    private static async Task DecideAsync(IResolveFieldContext ctx, RequestAccess access, DataCategory category, Guid citizenId)
    {
        var decision = access.Decide(category, citizenId);
        if (decision.IsPending)
        {
            var consents = ctx.ConsentsOf(citizenId);
            var facts = access.FactsOf(citizenId) ?? new CitizenFacts(await ctx.ContactAssignmentsOf(citizenId).GetResultAsync(ctx.CancellationToken));
            facts = facts.Consents is null ? facts with { Consents = await consents.GetResultAsync(ctx.CancellationToken) } : facts;
            decision = await CitizenFactsLoading.CompleteAsync(ctx, access, category, citizenId, facts, ctx.CancellationToken);
        }
        access.Record(citizenId, category, decision);
        if (!decision.Allowed)
            throw decision.ToError();
    }
}
