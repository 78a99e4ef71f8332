namespace JobMatch.Graph.Ide;

/// <summary>
/// The Content-Security-Policy on every IDE response. The pages may talk only to this server, which holds
/// personal data: the IDE can otherwise post to its vendor's cloud (telemetry, sign-in, shared workspaces) and
/// be pointed at any endpoint. Everything else is 'self' only, with two exceptions the app cannot run without
/// in Chromium: 'unsafe-eval' (its JSON-schema validator compiles functions) and inline styles (styled-components).
/// tests/node/browser.sh fails if the app meets any refusal, so a new need shows up there.
/// </summary>
public static class IdeContentSecurityPolicy
{
    public const string Value =
        "default-src 'none'; " +
        "connect-src 'self'; " +
        "script-src 'self' 'unsafe-eval'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self'; " +
        "font-src 'self'; " +
        "worker-src 'self'; " +
        "manifest-src 'self'; " +
        "base-uri 'none'; " +
        "form-action 'none'; " +
        "frame-ancestors 'none'";
}
