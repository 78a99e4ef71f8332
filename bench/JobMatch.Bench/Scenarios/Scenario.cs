using JobMatch.Bench.Measurement;

namespace JobMatch.Bench.Scenarios;

/// <summary>One question, asked of the graph and of the hand-written baseline.</summary>
/// <param name="CompareBodies">Whether both sides must answer with the same JSON (a refused request's messages differ).</param>
/// <param name="ExpectedErrors">
/// The error codes the question answers with by design (a field the viewer may not read); any other error, or any
/// error at all when none is named, means the data set is not what the scenario needs (consents missing).
/// </param>
public sealed record Scenario(string Key, string Title, RequestSpec GraphQL, RequestSpec Baseline, bool CompareBodies, IReadOnlyList<string>? ExpectedErrors = null);
