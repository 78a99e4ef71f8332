using GraphQL;
using JobMatch.Data;

namespace JobMatch.Graph.Http;

/// <summary>One source did not answer: the fields that come from it are null, everything else still arrives.</summary>
public sealed class SourceUnavailableError : ExecutionError
{
    public const string ErrorCode = "SOURCE_UNAVAILABLE";

    public SourceUnavailableError(Source source, Exception? inner = null)
        : base($"The {source} source is unavailable right now, so fields from it are null; the other sources answered. Try again shortly.", inner)
    {
        Unavailable = source;
        Code = ErrorCode;
    }

    /// <summary>A source that did not answer left out what it holds of an answer that still arrives (e.g. its entries on a plan).</summary>
    public static SourceUnavailableError Missing(Source source, string what) => new(source, $"The {source} source is unavailable right now, so {what} is missing; the other sources answered. Try again shortly.");

    private SourceUnavailableError(Source source, string message)
        : base(message)
    {
        Unavailable = source;
        Code = ErrorCode;
    }

    /// <summary>In the federated shape: the subgraph that serves the source did not answer, so what it contributes is missing.</summary>
    public SourceUnavailableError(Source source, string subgraph, string what)
        : base($"The {subgraph} subgraph is unavailable right now, so {what} is missing; the other subgraphs answered. Try again shortly.")
    {
        Unavailable = source;
        Subgraph = subgraph;
        Code = ErrorCode;
    }

    /// <summary>The subgraph that did not answer, where one did not; null in the single host.</summary>
    public string? Subgraph { get; }

    /// <summary>The source that did not answer.</summary>
    public Source Unavailable { get; }

    /// <summary>Whether an exception means a store could not be reached or read, rather than a bug of ours.</summary>
    public static bool IsOutage(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
            if (e is System.Data.Common.DbException or TimeoutException or System.Net.Sockets.SocketException)
                return true;
        return false;
    }
}
