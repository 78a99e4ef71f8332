using System.Diagnostics;
using JobMatch.Graph.Federation;
using JobMatch.Graph.Http;
using JobMatch.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Federation;

/// <summary>
/// schema/subgraphs/*.graphql are what each subgraph prints at <c>_service { sdl }</c>, and schema/supergraph.graphql is
/// what @theguild/federation-composition composes from them: the gateway serves the supergraph, so it must not drift.
/// </summary>
public sealed class SupergraphContractTests
{
    [Fact]
    public async Task CheckedInSubgraphsAndSupergraphAreWhatTheCodePrintsAndComposes()
    {
        var update = Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1";
        var printed = Path.Combine(Path.GetTempPath(), "jobmatch-tests", "subgraphs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(printed);
        var drifted = new List<string>();
        foreach (var subgraph in Enum.GetValues<Subgraph>())
        {
            using var host = new SubgraphHost(subgraph, seed: false);
            var sdl = host.Services.GetRequiredService<SchemaDocument>().Text;
            Assert.Contains("@key(fields: \"id\")", sdl);
            await File.WriteAllTextAsync(Path.Combine(printed, $"{subgraph}.graphql"), sdl);
            var path = Repository.PathOf("schema", "subgraphs", $"{subgraph}.graphql");
            if (update)
                await File.WriteAllTextAsync(path, sdl);
            if (!File.Exists(path) || await File.ReadAllTextAsync(path) != sdl)
                drifted.Add(path);
        }
        var composed = await ComposeAsync(printed);
        var supergraph = Repository.PathOf("schema", "supergraph.graphql");
        if (update)
            await File.WriteAllTextAsync(supergraph, composed);
        if (!File.Exists(supergraph) || await File.ReadAllTextAsync(supergraph) != composed)
            drifted.Add(supergraph);
        Directory.Delete(printed, recursive: true);

        Assert.True(drifted.Count == 0,
            $"These differ from what the subgraphs print and compose: {string.Join(", ", drifted)}. Review the change, then run the tests with UPDATE_SCHEMA=1 to accept it.");
    }

    [Fact]
    public void SettingThatNamesNoSubgraphIsRefusedWithTheNames()
    {
        using var host = new JobMatchHost();
        host.Settings[SubgraphOptions.Setting] = "1";

        var error = Assert.ThrowsAny<Exception>(() => host.Services);
        Assert.Contains("names no subgraph; use one of Registry, Employment, Social, Health, Youth, Audit", error.ToString());
    }

    private static async Task<string> ComposeAsync(string directory)
    {
        var start = new ProcessStartInfo("node", [Repository.PathOf("scripts", "compose-supergraph.mjs"), directory])
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, $"Composition failed (npm ci installs @theguild/federation-composition): {await errors}");
        return await output;
    }
}
