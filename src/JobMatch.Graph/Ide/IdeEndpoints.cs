using JobMatch.Graph.Http;
using Microsoft.Extensions.FileProviders;

namespace JobMatch.Graph.Ide;

/// <summary>
/// Serves Banana Cake Pop under <c>/graphql/</c>: a browser opening <c>/graphql</c> is sent there, while every
/// GraphQL request on the same path (POST, GET with <c>query</c>, <c>?sdl</c>) passes through untouched.
/// A middleware rather than endpoints because routing would give <c>/graphql/</c> to the GraphQL endpoint.
/// </summary>
public static class IdeEndpoints
{
    private const string IndexPath = "/";
    private const string ConfigPath = "/bcp-config.json";
    private const string LicensePath = "/LICENSE";
    private const string ServiceWorkerPath = "/service-worker.js";

    public static WebApplication MapIde(this WebApplication app)
    {
        var package = IdePackage.Locate(app.Configuration, app.Environment);
        if (package.Folder is null)
            app.Logger.LogWarning("The Banana Cake Pop IDE is not installed at {Folder}: run 'npm ci' in the repository root and restart to get it at {Path}.", package.Expected, GraphQLHttpEndpoint.Path);

        app.UseWhen(IsIdeRequest, ide =>
        {
            ide.Use((http, next) => ServeAsync(http, next, package, app.Environment));
            if (package.Folder is not null)
            {
                ide.UseStaticFiles(new StaticFileOptions
                {
                    RequestPath = GraphQLHttpEndpoint.Path,
                    FileProvider = new PhysicalFileProvider(package.Folder),
                });
            }
        });
        return app;
    }

    /// <summary>
    /// Only GETs without a GraphQL document are the IDE's: <c>/graphql</c> itself when a browser asks for a page,
    /// and anything below <c>/graphql/</c>.
    /// </summary>
    private static bool IsIdeRequest(HttpContext http)
    {
        var request = http.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Path.StartsWithSegments(GraphQLHttpEndpoint.Path, out var rest)
            || request.Query.ContainsKey("query") || request.Query.ContainsKey("documentId") || request.Query.ContainsKey("sdl"))
            return false;
        return rest.HasValue || request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
    }

    private static async Task ServeAsync(HttpContext http, RequestDelegate next, IdePackage package, IHostEnvironment environment)
    {
        var response = http.Response;
        response.Headers.ContentSecurityPolicy = IdeContentSecurityPolicy.Value;
        response.Headers.XContentTypeOptions = "nosniff";
        if (package.Folder is null)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await response.WriteAsync($"The Banana Cake Pop IDE is not installed: run 'npm ci' in the repository root (it installs {IdePackage.Name}), then restart the server. The GraphQL endpoint itself works.\n", http.RequestAborted);
            return;
        }

        http.Request.Path.StartsWithSegments(GraphQLHttpEndpoint.Path, out var rest);
        if (!rest.HasValue)
        {
            // index.html links its assets relatively, so it must be read from a URL that ends in a slash.
            response.Redirect($"{http.Request.PathBase}{GraphQLHttpEndpoint.Path}/{http.Request.QueryString}");
            return;
        }
        if (rest == IndexPath)
        {
            response.Headers.CacheControl = "no-cache";
            // ?persona=... picks a demo persona; the IDE fetches its config without the query, so a cookie carries it.
            if (environment.IsDevelopment() && DemoPersonas.Find(http.Request.Query["persona"]) is { } persona)
                response.Cookies.Append(DemoPersonas.Cookie, persona.Name, new CookieOptions { Path = GraphQLHttpEndpoint.Path, HttpOnly = true, SameSite = SameSiteMode.Strict });
            await Results.File(Path.Combine(package.Folder, "index.html"), "text/html; charset=utf-8").ExecuteAsync(http);
            return;
        }
        if (rest == ConfigPath)
        {
            // It may carry a persona's token: never stored by a cache.
            response.Headers.CacheControl = "no-store";
            await Results.Json(IdeConfigFile.For(http, environment)).ExecuteAsync(http);
            return;
        }
        if (rest == LicensePath)
        {
            // The IDE's licence asks that its terms travel with every copy we hand out.
            await Results.File(package.LicenseFile!, "text/plain; charset=utf-8").ExecuteAsync(http);
            return;
        }
        if (rest == ServiceWorkerPath)
        {
            // The app's cache-first service worker would keep bcp-config.json (and a persona's token) in the
            // browser's cache and serve it stale, and keep an old IDE after an upgrade. Without the script the
            // app runs uncached, as it is built to: it cannot work offline from this server anyway.
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await next(http);
    }
}
