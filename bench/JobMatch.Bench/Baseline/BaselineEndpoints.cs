namespace JobMatch.Bench.Baseline;

/// <summary>
/// The hand-written baseline: minimal-API endpoints under <c>/rest</c> that answer the benchmark's questions with the
/// same JSON as the graph, in the same host, behind the same authentication and audit log.
/// </summary>
public static class BaselineEndpoints
{
    public const string Prefix = "/rest";

    public static WebApplication MapBaseline(this WebApplication app)
    {
        var rest = app.MapGroup(Prefix);
        rest.MapGet("/citizens/{id}/plan", CombinedPlanEndpoint.HandleAsync);
        rest.MapGet("/citizens", StatusPageEndpoint.HandleAsync);
        rest.MapGet("/citizens/detail", DetailPageEndpoint.HandleAsync);
        rest.MapGet("/citizens/list", ListPageEndpoint.HandleAsync);
        return app;
    }
}
