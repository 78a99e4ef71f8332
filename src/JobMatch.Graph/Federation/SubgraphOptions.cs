namespace JobMatch.Graph.Federation;

/// <summary>
/// Which part of the graph this host mounts: every source (the single host, the default) or one subgraph,
/// chosen by <c>JobMatch:Subgraph</c> or the command-line flag <c>--subgraph</c>.
/// </summary>
public sealed record SubgraphOptions(Subgraph? Mounted)
{
    public const string Setting = "JobMatch:Subgraph";

    public bool IsSingleHost => Mounted is null;

    public static SubgraphOptions From(IConfiguration configuration)
    {
        var value = configuration[Setting] is { Length: > 0 } set ? set : configuration["subgraph"];
        if (string.IsNullOrWhiteSpace(value))
            return new SubgraphOptions((Subgraph?)null);
        // Names only: a number would parse as an enum value and mount a part nobody named.
        if (!Enum.GetNames<Subgraph>().Contains(value.Trim(), StringComparer.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{Setting} is '{value}', which names no subgraph; use one of {string.Join(", ", Enum.GetNames<Subgraph>())}, or leave it unset for the single host.");
        return new SubgraphOptions(Enum.Parse<Subgraph>(value.Trim(), ignoreCase: true));
    }
}
