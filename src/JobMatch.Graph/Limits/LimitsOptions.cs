namespace JobMatch.Graph.Limits;

/// <summary>What one request may ask for. Bound from <c>JobMatch:Limits</c>; every limit is checked before any SQL runs.</summary>
public sealed class LimitsOptions
{
    public const string Section = "JobMatch:Limits";

    /// <summary>Deepest field nesting; introspection documents are exempt so the IDE can load the schema.</summary>
    public int MaxDepth { get; set; } = 8;

    /// <summary>Aliased fields in one document: aliases multiply work without making a document longer.</summary>
    public int MaxAliases { get; set; } = 15;

    /// <summary>Estimated cost (see <see cref="ComplexityImpact"/>): each object the response may hold 1, scalars 0, lists and pages multiplying what is under them.</summary>
    public int MaxComplexity { get; set; } = 1000;

    /// <summary>The multiplier of a list field that has no <c>first</c> argument and no declared bound.</summary>
    public int DefaultListSize { get; set; } = 5;

    public int MaxDocumentLength { get; set; } = 15_000;

    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// The body of a request with the gateway's credential (a subgraph's): the gateway sends the representations it
    /// plans, e.g. each citizen of a page with the departments' parts of their plan, so it may be larger.
    /// </summary>
    public int MaxGatewayBodyBytes { get; set; } = 4 * 1024 * 1024;

    public double ExecutionTimeoutSeconds { get; set; } = 5;

    /// <summary>The largest page a connection or list argument <c>first</c> may ask for.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>
    /// How far a list's <c>totalCount</c> is exact. A count reads every row it counts, so above this it stops and
    /// gives this number with <c>totalCountIsExact: false</c> ("more than"), and a count costs the same in a million
    /// citizens as in a few thousand.
    /// </summary>
    public int ExactCountUpTo { get; set; } = 1000;

    /// <summary>
    /// How many citizens a condition on another source (a project, a target group) may match and still be sent to the
    /// Registry as a list of ids. A condition matching more is checked against the page's candidates instead, a chunk
    /// at a time, so no request reads every enrolment of a large project.
    /// </summary>
    public int CrossSourceIdsUpTo { get; set; } = 2000;

    /// <summary>
    /// How many candidates one page, and one count, may check against a condition on another source. A page that
    /// reaches it before it is full is served short, with a cursor that goes on from the last candidate checked; a
    /// count that reaches it is a lower bound (<c>totalCountIsExact: false</c>).
    /// </summary>
    public int CrossSourceCandidatesUpTo { get; set; } = 10_000;

    /// <summary>Requests per minute per authenticated user (per client address without a token).</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Requests per minute without a token from all addresses together, on top of each address's own limit.</summary>
    public int AnonymousRequestsPerMinute { get; set; } = 1200;

    /// <summary>GET must carry a header a browser cannot send cross-site without a preflight (CSRF protection).</summary>
    public bool RequireGetPreflight { get; set; } = true;
}
