using JobMatch.Data.Employment;
using JobMatch.Data.Registry;

namespace JobMatch.Graph.Outcomes;

/// <summary>An answer to <c>outcomes</c>: what it is about, the snapshot it counts, and its disclosed table.</summary>
public sealed record Outcomes(Project? Project, TargetGroup? TargetGroup, OutcomeTable Table);
