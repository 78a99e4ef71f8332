using System.Net;
using System.Security.Cryptography;
using System.Text;
using JobMatch.Graph.Federation;

namespace JobMatch.Graph.Http;

/// <summary>What a request says about the gateway: nothing, the right credential, or a wrong one.</summary>
public enum GatewayCaller
{
    None,
    Gateway,
    Invalid,
}

/// <summary>
/// How a subgraph knows a request came through the gateway: a secret both are configured with, which the gateway
/// sends in <see cref="Header"/> on every subgraph request. The network says nothing here (the gateway, a caller and
/// the host may share one address). Only such a request may run a document that is not a trusted one outside
/// Development, since the gateway plans its subgraph queries itself and enforces the trusted documents for its own
/// callers; and only its <c>X-Forwarded-For</c> names the caller whose rate limit applies. The caller's token is still
/// validated here for every decision: the credential opens no data, only the gateway's way of asking.
/// </summary>
public sealed class GatewayCredential
{
    public const string Header = "X-JobMatch-Gateway";

    public const string SecretSetting = "JobMatch:Gateway:Secret";

    /// <summary>Long enough that guessing it is hopeless (a base64 of 24 random bytes is 32 characters).</summary>
    public const int MinimumLength = 32;

    public const string InvalidCode = "GATEWAY_CREDENTIAL_INVALID";

    // The secret's hash: comparing two hashes of equal length in constant time tells a caller nothing of the secret's length or prefix.
    private readonly byte[]? secret;

    public GatewayCredential(IConfiguration configuration)
    {
        if (configuration[SecretSetting] is { Length: > 0 } value)
            secret = SHA256.HashData(Encoding.UTF8.GetBytes(value));
    }

    public bool IsConfigured => secret is not null;

    /// <summary>Why the host cannot start as configured, or null. A subgraph outside Development needs the secret: without it the gateway's queries would be refused as untrusted documents, or, with trusted documents switched off, anyone's would run.</summary>
    public static string? Problem(IConfiguration configuration, IHostEnvironment environment)
    {
        var value = configuration[SecretSetting];
        if (!string.IsNullOrEmpty(value) && value.Trim().Length < MinimumLength)
            return $"{SecretSetting} is shorter than {MinimumLength} characters: use a long random value (openssl rand -base64 32), the same in the gateway's JOBMATCH_GATEWAY_SECRET.";
        if (string.IsNullOrEmpty(value) && !environment.IsDevelopment() && !SubgraphOptions.From(configuration).IsSingleHost)
            return $"A subgraph outside Development needs the gateway's credential: set {SecretSetting.Replace(":", "__", StringComparison.Ordinal)} " +
                "to a long random value (openssl rand -base64 32) and give the gateway the same value in JOBMATCH_GATEWAY_SECRET. " +
                "Only requests carrying it may run the gateway's own queries; every other caller runs only the trusted documents.";
        return null;
    }

    public GatewayCaller Check(HttpRequest request)
    {
        var sent = request.Headers[Header];
        if (sent.Count == 0)
            return GatewayCaller.None;
        if (secret is null || sent.Count != 1)
            return GatewayCaller.Invalid;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sent.ToString()));
        return CryptographicOperations.FixedTimeEquals(hash, secret) ? GatewayCaller.Gateway : GatewayCaller.Invalid;
    }

    /// <summary>
    /// The caller's address as the gateway saw it: the last entry of <c>X-Forwarded-For</c>, the one the gateway
    /// itself wrote. Null when the header is missing or not an address.
    /// </summary>
    public static IPAddress? ForwardedFor(HttpRequest request)
    {
        var header = request.Headers["X-Forwarded-For"].ToString();
        if (string.IsNullOrWhiteSpace(header))
            return null;
        var last = header.Split(',')[^1].Trim();
        return IPAddress.TryParse(last, out var address) ? address : null;
    }
}

public static class GatewayCredentialSetup
{
    /// <summary>The request's <see cref="GatewayCaller"/>, decided once before the rate limiter partitions it.</summary>
    public sealed record Feature(GatewayCaller Caller);

    public static IServiceCollection AddJobMatchGatewayCredential(this IServiceCollection services) => services.AddSingleton<GatewayCredential>();

    /// <summary>
    /// Reads the gateway's credential before the rate limiter: with it, the client address the gateway forwards
    /// becomes the connection's, so each caller behind the gateway has its own budget; from anyone else
    /// <c>X-Forwarded-For</c> is ignored, so nobody picks a fresh address by writing one. A wrong credential is
    /// refused by the endpoint, inside the rate limit.
    /// </summary>
    public static IApplicationBuilder UseJobMatchGatewayCredential(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var caller = http.RequestServices.GetRequiredService<GatewayCredential>().Check(http.Request);
        http.Features.Set(new Feature(caller));
        if (caller == GatewayCaller.Gateway && GatewayCredential.ForwardedFor(http.Request) is { } client)
            http.Connection.RemoteIpAddress = client;
        return next(http);
    });

    public static GatewayCaller Gateway(this HttpContext http) => http.Features.Get<Feature>()?.Caller ?? GatewayCaller.None;
}
