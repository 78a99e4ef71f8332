namespace JobMatch.Tests.Infrastructure;

/// <summary>The host as it runs outside Development: no diagnostics, no suggestions, introspection only with a token.</summary>
public class ProductionHost : JobMatchHost
{
    protected override string EnvironmentName => "Production";
}
