using JobMatch.Graph.Federation;
using JobMatch.Tests.Infrastructure;

namespace JobMatch.Tests.Federation;

/// <summary>The real host mounting one subgraph, on its own seeded data folder, as scripts/federated.sh starts each.</summary>
public class SubgraphHost : JobMatchHost
{
    public SubgraphHost(Subgraph subgraph, bool seed = true)
    {
        Settings[SubgraphOptions.Setting] = subgraph.ToString();
        if (!seed)
            Settings["JobMatch:SeedDemoData"] = "false";
    }
}

/// <summary>BIF's subgraph, seeded, shared by the read-only tests of a class.</summary>
public sealed class EmploymentSubgraphHost() : SubgraphHost(Subgraph.Employment);
