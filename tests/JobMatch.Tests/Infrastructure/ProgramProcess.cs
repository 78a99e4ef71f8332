using System.Diagnostics;
using System.Text;

namespace JobMatch.Tests.Infrastructure;

/// <summary>
/// The program started as the README starts it, <c>dotnet run --project src/JobMatch.Graph</c> (launch profile and
/// all, built already), with its own data folder and the environment a test gives it: for what only the real
/// command shows, the environment it runs in and whether it starts at all.
/// </summary>
public sealed class ProgramProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<string> serving = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "jobmatch-tests", Guid.NewGuid().ToString("N"));

    public ProgramProcess(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "run", "--project", "src/JobMatch.Graph", "--no-build", "--", "--urls", "http://127.0.0.1:0" })
            start.ArgumentList.Add(arg);
        // Nothing of the test runner's own environment decides what the program runs as.
        foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "DOTNET_URLS" })
            start.Environment.Remove(name);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["JobMatch__DataDirectory"] = DataDirectory;
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (output)
                return output.ToString();
        }
    }

    /// <summary>The base URL the program says it serves, once it does.</summary>
    public async Task<Uri> ServingAsync()
    {
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(serving.Task, exited, Task.Delay(Patience));
        if (first != serving.Task)
            throw new InvalidOperationException($"The program did not start serving ({(first == exited ? "it exited" : "still silent")}):\n{Output}");
        return new Uri(await serving.Task);
    }

    /// <summary>The exit code, once the program ends by itself.</summary>
    public async Task<int> ExitCodeAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new InvalidOperationException("The program kept running:\n" + Output);
        }
        return process.ExitCode;
    }

    private void Read(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
        const string marker = "JobMatch is serving the demo graph at ";
        var at = line.IndexOf(marker, StringComparison.Ordinal);
        if (at >= 0)
        {
            var url = line[(at + marker.Length)..];
            serving.TrySetResult(url[..url.IndexOf("/graphql", StringComparison.Ordinal)]);
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
        try
        {
            if (Directory.Exists(DataDirectory))
                Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
