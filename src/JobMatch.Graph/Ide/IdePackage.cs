namespace JobMatch.Graph.Ide;

/// <summary>
/// Where the Banana Cake Pop npm package lies on disk. It is installed by the build (<c>npm ci</c>), never
/// committed, so it may be missing: then <see cref="Folder"/> is null and the IDE answers 503 with what to do.
/// </summary>
public sealed class IdePackage
{
    public const string Name = "@chillicream/bananacakepop-graphql-ide";
    public const string PathSetting = "JobMatch:Ide:Path";

    private IdePackage(string? folder, string expected) => (Folder, Expected) = (folder, expected);

    /// <summary>The package folder (holding <c>index.html</c>), or null when it is not installed.</summary>
    public string? Folder { get; }

    /// <summary>Where the package was looked for, for the message that says it is missing.</summary>
    public string Expected { get; }

    public string? LicenseFile => Folder is null ? null : System.IO.Path.Combine(Folder, "LICENSE");

    /// <summary>
    /// <c>JobMatch:Ide:Path</c> (the package folder, relative to the content root) when set, for a deployment
    /// that ships the IDE elsewhere; otherwise node_modules beside the nearest package.json above the content
    /// root or, for hosts started from elsewhere (tests), above the program's own folder.
    /// </summary>
    public static IdePackage Locate(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration[PathSetting] is { Length: > 0 } configured)
            return Checked(System.IO.Path.GetFullPath(configured, environment.ContentRootPath));
        var root = NodeRootAbove(environment.ContentRootPath) ?? NodeRootAbove(AppContext.BaseDirectory);
        return Checked(System.IO.Path.Combine(root ?? environment.ContentRootPath, "node_modules", Name));
    }

    private static IdePackage Checked(string folder) =>
        new(File.Exists(System.IO.Path.Combine(folder, "index.html")) ? folder : null, folder);

    private static string? NodeRootAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "package.json")))
                return dir.FullName;
        }
        return null;
    }
}
