namespace JobMatch.Tests.Infrastructure;

/// <summary>One seeded demo host shared by the read-only tests of a collection; no test may write through it.</summary>
public sealed class DemoHost : JobMatchHost;

[CollectionDefinition(Name)]
public sealed class DemoHostCollection : ICollectionFixture<DemoHost>
{
    public const string Name = "demo host";
}
