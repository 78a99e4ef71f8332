using System.Threading.Channels;
using GraphQL;
using GraphQL.Types;
using JobMatch.Data.Changes;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Changes;

/// <summary>
/// <c>citizenChanged</c>: the changes to the citizens the viewer's department works with, from the owning sources'
/// outboxes. Each event is decided through the access table on the day it is delivered (a department without a
/// relation to the citizen is told nothing) and audited as a read before it is sent; one whose audit record cannot
/// be written is not sent.
/// </summary>
public static class ChangeSubscriptions
{
    public static void AddChangeSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<CitizenChangeGraphType>>("citizenChanged")
            .Description("Every change to a citizen the viewer's department is involved with, as it is saved (GraphQL over SSE: POST /graphql/stream, or /graphql with Accept: text/event-stream).")
            .Streams(DataCategory.Involvement)
            .ResolveStreamAsync(async ctx =>
            {
                var access = ctx.Access();
                if (!access.Viewer.IsAuthenticated || access.Viewer.Department is null || !access.Viewer.Roles.Overlaps(AccessTable.Rules[DataCategory.Involvement].InvolvedStaff))
                {
                    access.Record(null, DataCategory.Involvement, allowed: false);
                    throw (access.Viewer.IsAuthenticated
                        ? AccessDecision.Deny(AccessDecision.NotAuthorized, "The change feed is for the caseworkers and consultants of a department: it tells them about the citizens their department works with.")
                        : AccessDecision.Deny(AccessDecision.NotAuthenticated, "The change feed needs a bearer token.")).ToError();
                }
                var services = ctx.RequestServices!;
                var feed = services.GetRequiredService<OutboxFeed>();
                var channel = Channel.CreateUnbounded<OutboxEvent>(new UnboundedChannelOptions { SingleReader = true });
                var listening = await feed.ListenAsync(e => channel.Writer.TryWrite(e), ctx.CancellationToken);
                return new Stream(channel, listening, (e, ct) => DeliverAsync(services, access, ctx.Operation.Name?.StringValue, e, ct));
            });
    }

    /// <summary>The event as this viewer may see it, audited; null when it is not theirs to know.</summary>
    private static async Task<CitizenChange?> DeliverAsync(IServiceProvider services, RequestAccess access, string? operationName, OutboxEvent e, CancellationToken ct)
    {
        await using var registry = await services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
        var assignments = await registry.ContactAssignments.AsNoTracking().Where(a => a.CitizenId == e.CitizenId).ToListAsync(ct);
        var facts = new CitizenFacts(assignments);
        // Decided on the delivery's own request, so a relationship that ended since the subscription began ends the news.
        var request = access.Request with { Today = services.GetRequiredService<Calendar>().Today };
        if (!AccessPolicy.Decide(request, DataCategory.Involvement, e.CitizenId, facts).Allowed)
            return null;
        var detail = Departments.DetailOf.GetValueOrDefault(e.Department, DataCategory.EmploymentDetail);
        var decision = AccessPolicy.Decide(request, detail, e.CitizenId, facts);
        if (ReferenceEquals(decision, AccessDecision.NeedsConsents))
            decision = AccessPolicy.Decide(request, detail, e.CitizenId, facts with { Consents = await registry.Consents.AsNoTracking().Where(c => c.CitizenId == e.CitizenId).ToListAsync(ct) });
        var viewer = access.Viewer;
        List<AuditedAccess> accesses = [new(e.CitizenId, nameof(DataCategory.Involvement), nameof(AccessOperation.Read), true)];
        if (decision.Allowed)
            accesses.Add(new(e.CitizenId, detail.ToString(), nameof(AccessOperation.Read), true));
        await services.GetRequiredService<AuditWriter>().WriteAsync(new AuditedRequest(
            $"{access.Request.CorrelationId}:{e.Department}:{e.Id}", viewer.Subject!, viewer.Name, viewer.Department, string.Join(",", viewer.Roles.Order()),
            operationName ?? "citizenChanged", access.Request.Purpose?.Code, access.Request.PurposeNote, accesses), ct);
        return new CitizenChange(e.CitizenId, e.Kind, e.Department, DateTime.SpecifyKind(e.OccurredAt, DateTimeKind.Utc), decision.Allowed ? Nodes.GlobalId.Of(e.EntityType, e.EntityId) : null);
    }

    /// <summary>The subscriber's stream: events in outbox order, each decided and audited before it is passed on.</summary>
    private sealed class Stream(Channel<OutboxEvent> channel, IDisposable listening, Func<OutboxEvent, CancellationToken, Task<CitizenChange?>> deliver) : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer)
        {
            var stop = new CancellationTokenSource();
            _ = Task.Run(async () =>
            {
                try
                {
                    await foreach (var e in channel.Reader.ReadAllAsync(stop.Token))
                        if (await deliver(e, stop.Token) is { } change)
                            observer.OnNext(change);
                }
                catch (OperationCanceledException)
                {
                }
                catch (Exception e)
                {
                    // Nothing is sent that was not audited: a failed audit (or source) ends the stream.
                    observer.OnError(e);
                }
            });
            return new Stop(() =>
            {
                listening.Dispose();
                channel.Writer.TryComplete();
                stop.Cancel();
            });
        }
    }

    private sealed class Stop(Action stop) : IDisposable
    {
        public void Dispose() => stop();
    }
}

/// <summary>The subscription root: each feature adds its streams.</summary>
public sealed class SubscriptionGraphType : ObjectGraphType
{
    public SubscriptionGraphType()
    {
        Name = "Subscription";
        Description = "Streams of changes, over GraphQL over SSE (the graphql-sse protocol, distinct connections).";
        this.AddChangeSubscriptions();
    }
}
