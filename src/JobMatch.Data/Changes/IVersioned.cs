namespace JobMatch.Data.Changes;

/// <summary>A record that writers change under optimistic concurrency: each change raises <see cref="Version"/>, a concurrency token.</summary>
public interface IVersioned
{
    Guid Id { get; }
    Guid CitizenId { get; }
    int Version { get; set; }
}
