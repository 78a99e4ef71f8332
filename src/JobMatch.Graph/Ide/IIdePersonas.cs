namespace JobMatch.Graph.Ide;

/// <summary>
/// HTTP headers the IDE sends with every request it makes, e.g. a demo persona's bearer token, so a developer
/// can explore the graph as someone without pasting a token. Asked only in Development: elsewhere the IDE's
/// config never carries credentials. Optional: with none registered the IDE sends no extra headers.
/// </summary>
public interface IIdePersonas
{
    IReadOnlyDictionary<string, string> HeadersFor(HttpContext http);

    /// <summary>The operation the IDE opens with for the persona, if it has one (the analyst's outcomes).</summary>
    string? DocumentFor(HttpContext http) => null;
}
