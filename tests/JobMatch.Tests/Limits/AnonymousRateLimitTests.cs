using System.Net;
using System.Net.Sockets;
using System.Text;
using JobMatch.Graph.Access;
using JobMatch.Graph.Limits;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Limits;

/// <summary>
/// Requests without a token from several source addresses, over real sockets: each address has its own window, and
/// all of them together one shared budget, so new addresses buy an attacker nothing.
/// </summary>
public sealed class AnonymousRateLimitTests : IClassFixture<AnonymousRateLimitTests.TightHost>
{
    public sealed class TightHost : JobMatchHost
    {
        public TightHost()
        {
            Settings["JobMatch:Limits:RequestsPerMinute"] = "3";
            Settings["JobMatch:Limits:AnonymousRequestsPerMinute"] = "5";
            Settings["urls"] = "http://127.0.0.1:0";
            UseKestrel();
            StartServer();
        }

        public Uri BaseAddress => ClientOptions.BaseAddress;
    }

    private readonly TightHost host;

    public AnonymousRateLimitTests(TightHost host) => this.host = host;

    /// <summary>A client whose connections leave from this loopback address (all of 127.0.0.0/8 is loopback).</summary>
    private HttpClient From(string source) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
            await socket.ConnectAsync(IPAddress.Parse(context.DnsEndPoint.Host), context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        },
    })
    { BaseAddress = host.BaseAddress };

    private static async Task<(HttpStatusCode Status, string Body, TimeSpan? RetryAfter)> AskAsync(HttpClient client, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ departments { code } }\"}", Encoding.UTF8, "application/json") };
        if (token is not null)
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task NewSourceAddressesDoNotBuyMoreThanTheSharedAnonymousBudget()
    {
        using var first = From("127.0.0.2");
        using var second = From("127.0.0.3");
        using var third = From("127.0.0.4");

        // The first address spends its own window (3); its fourth request is its own limit's, not the shared budget's.
        var fromFirst = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            fromFirst.Add((await AskAsync(first)).Status);
        // Two more from the second address use up the shared five; the third one, and any new address, is refused.
        var fromSecond = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            fromSecond.Add((await AskAsync(second)).Status);
        var fromThird = await AskAsync(third);
        var signedIn = await AskAsync(third, host.Token(Departments.Social, Role.Caseworker));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], fromFirst);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], fromSecond);
        Assert.Equal(HttpStatusCode.TooManyRequests, fromThird.Status);
        Assert.Contains(LimitErrors.RateLimited, fromThird.Body);
        Assert.True(fromThird.RetryAfter > TimeSpan.Zero);
        // A signed-in user has a budget of their own.
        Assert.Equal(HttpStatusCode.OK, signedIn.Status);
    }
}
