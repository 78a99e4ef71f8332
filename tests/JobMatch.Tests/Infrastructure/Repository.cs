namespace JobMatch.Tests.Infrastructure;

/// <summary>Paths in the checkout the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "JobMatch.sln")))
                return dir.FullName;
        throw new InvalidOperationException("The tests must run inside the JobMatch checkout.");
    }

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
