using System.Threading.Channels;
using GraphQL;

namespace JobMatch.Graph.Http;

/// <summary>
/// GraphQL over Server-Sent Events, the graphql-sse protocol's distinct-connections mode: one POST per operation,
/// answered as <c>text/event-stream</c> with an <c>event: next</c> per result and <c>event: complete</c> at the end.
/// A query or mutation sends its one result; a subscription sends each event until the client goes away or the
/// stream ends. Browsers and proxies see plain HTTP.
/// </summary>
public static class GraphQLEventStream
{
    public const string MediaType = "text/event-stream";

    public static bool IsAccepted(IList<string> accept) =>
        accept.Any(a => a.Split(',').Any(p => p.Split(';')[0].Trim().Equals(MediaType, StringComparison.OrdinalIgnoreCase)));

    public static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, ExecutionResult result, CancellationToken ct)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        // Proxies that buffer (nginx) would hold the events back.
        http.Response.Headers["X-Accel-Buffering"] = "no";
        if (result.Streams is not { Count: > 0 } streams)
        {
            await NextAsync(http, serializer, result, ct);
            await CompleteAsync(http, ct);
            return;
        }
        var results = Channel.CreateUnbounded<ExecutionResult?>(new UnboundedChannelOptions { SingleReader = true });
        var subscriptions = streams.Values.Select(s => s.Subscribe(new Forward(results))).ToList();
        try
        {
            // A comment line: the headers leave now, and the client knows the subscription is listening.
            await http.Response.WriteAsync(":\n\n", ct);
            await http.Response.Body.FlushAsync(ct);
            await foreach (var next in results.Reader.ReadAllAsync(ct))
            {
                if (next is null)
                    break;
                await NextAsync(http, serializer, next, ct);
            }
            await CompleteAsync(http, ct);
        }
        catch (OperationCanceledException)
        {
            // The client went away: nothing more to send.
        }
        finally
        {
            foreach (var subscription in subscriptions)
                subscription.Dispose();
        }
    }

    private static async Task NextAsync(HttpContext http, IGraphQLTextSerializer serializer, ExecutionResult result, CancellationToken ct)
    {
        await http.Response.WriteAsync("event: next\ndata: " + serializer.Serialize(result) + "\n\n", ct);
        await http.Response.Body.FlushAsync(ct);
    }

    private static async Task CompleteAsync(HttpContext http, CancellationToken ct)
    {
        await http.Response.WriteAsync("event: complete\ndata:\n\n", ct);
        await http.Response.Body.FlushAsync(ct);
    }

    private sealed class Forward(Channel<ExecutionResult?> results) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => results.Writer.TryWrite(value);

        public void OnError(Exception error) => results.Writer.TryWrite(null);

        public void OnCompleted() => results.Writer.TryWrite(null);
    }
}
