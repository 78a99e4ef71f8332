namespace JobMatch.Graph.Cli;

/// <summary>
/// Which environment <c>dotnet run</c> means when nobody says: the launch profile sets <see cref="Variable"/>, never
/// ASPNETCORE_ENVIRONMENT or DOTNET_ENVIRONMENT, because a profile's variables replace the caller's, and
/// <c>ASPNETCORE_ENVIRONMENT=Production dotnet run</c> must run as Production.
/// </summary>
public static class LaunchEnvironment
{
    public const string Variable = "JOBMATCH_LAUNCH_ENVIRONMENT";

    public static WebApplicationOptions Options(string[] args)
    {
        var stated = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT"))
            || args.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase));
        var fallback = Environment.GetEnvironmentVariable(Variable);
        return new WebApplicationOptions { Args = args, EnvironmentName = stated || string.IsNullOrEmpty(fallback) ? null : fallback };
    }
}
