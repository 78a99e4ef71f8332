using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Load;

/// <summary>The host on a real Kestrel socket on 127.0.0.1, for load from real HTTP connections.</summary>
public sealed class LoopbackHost : JobMatchHost
{
    public LoopbackHost()
    {
        // The load drives several personas far beyond a person's pace; the per-user rate limit is not what it measures.
        Settings["JobMatch:Limits:RequestsPerMinute"] = "1000000";
        Settings["urls"] = "http://127.0.0.1:0";
        UseKestrel();
        StartServer();
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;
}
