using JobMatch.Graph;
using JobMatch.Graph.Cli;

var builder = WebApplication.CreateBuilder(LaunchEnvironment.Options(args));
builder.AddJobMatchGraph();

var app = builder.Build();
app.MapJobMatchGraph();

return await app.RunJobMatchAsync(args);

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
