using JobMatch.Graph.Access;
using JobMatch.Graph.Auth;

namespace JobMatch.Graph.Requests;

/// <summary>
/// One request as every decision sees it, built once at the edge and never changed: who asks, why, under which
/// correlation id, and the day it is judged on.
/// </summary>
public sealed record JobMatchRequest(Viewer Viewer, Purpose? Purpose, string? PurposeNote, string CorrelationId, DateOnly Today);
