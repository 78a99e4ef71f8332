using JobMatch.Bench.Measurement;

namespace JobMatch.Bench.Scenarios;

/// <summary>One question, asked of the graph and of the hand-written baseline.</summary>
/// <param name="CompareBodies">Whether both sides must answer with the same JSON (a refused request's messages differ).</param>
public sealed record Scenario(string Key, string Title, RequestSpec GraphQL, RequestSpec Baseline, bool CompareBodies);
