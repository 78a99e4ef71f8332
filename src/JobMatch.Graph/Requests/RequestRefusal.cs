using GraphQL;

namespace JobMatch.Graph.Requests;

/// <summary>A request refused before it runs: the code and message for the caller, and the HTTP status it maps to.</summary>
public class RequestRefusal : ExecutionError
{
    public RequestRefusal(string code, string message, int status = StatusCodes.Status400BadRequest)
        : base(message)
    {
        Code = code;
        Status = status;
    }

    public int Status { get; }
}
