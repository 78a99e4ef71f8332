using System.Security.Cryptography;

namespace JobMatch.Tests.Infrastructure;

/// <summary>
/// The host as it runs outside Development: no diagnostics, no suggestions, introspection only with a token. It is
/// configured as an operator must configure it (a signing key of its own) and, so the tests find data and can send
/// their own documents, seeds the demo data and takes ad-hoc documents; a test of a default removes that setting.
/// </summary>
public class ProductionHost : JobMatchHost
{
    public ProductionHost()
    {
        Settings["JobMatch:Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Settings["JobMatch:SeedDemoData"] = "true";
        Settings["JobMatch:TrustedDocuments:Only"] = "false";
    }

    protected override string EnvironmentName => "Production";
}
