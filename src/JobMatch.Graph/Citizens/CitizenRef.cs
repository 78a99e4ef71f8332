namespace JobMatch.Graph.Citizens;

/// <summary>The parent of a department's part of a citizen (employment, social, ...): only the person id, so each field batches by it.</summary>
public sealed record CitizenRef(Guid CitizenId);
