using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace JobMatch.Graph.Auth;

public static class AuthenticationSetup
{
    public const string NoIdentity =
        "Outside Development JobMatch needs to know whose tokens to trust: configure an 'AzureAd' section for Entra ID " +
        "(AzureAd__Instance, AzureAd__TenantId, AzureAd__ClientId, AzureAd__Audience) or an explicit local signing key " +
        "(JobMatch__Auth__SigningKey, base64 of at least 32 random bytes). It never makes a key of its own outside Development.";

    /// <summary>Entra ID is used when the <c>AzureAd</c> section names a client.</summary>
    public static bool UsesEntraId(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration["AzureAd:ClientId"]);

    /// <summary>Why the host cannot authenticate anyone as configured, or null when it can.</summary>
    public static string? IdentityProblem(IConfiguration configuration, IHostEnvironment environment)
    {
        var key = configuration[AuthOptions.Section + ":SigningKey"];
        if (LocalSigningKey.ProblemWith(key) is { } problem)
            return problem;
        return environment.IsDevelopment() || UsesEntraId(configuration) || !string.IsNullOrWhiteSpace(key) ? null : NoIdentity;
    }

    /// <summary>
    /// Entra ID through Microsoft.Identity.Web when an <c>AzureAd</c> section names a client; otherwise the
    /// local signing key. Either way the endpoint reads one <see cref="Viewer"/> from the token.
    /// </summary>
    public static WebApplicationBuilder AddJobMatchAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.Section));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<AuthOptions>>().Value);
        builder.Services.AddSingleton<LocalSigningKey>();

        if (UsesEntraId(builder.Configuration))
        {
            builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApi(builder.Configuration, "AzureAd");
        }
        else
        {
            builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
            builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
                .Configure<LocalSigningKey>((options, key) =>
                {
                    options.MapInboundClaims = false;
                    options.TokenValidationParameters = key.ValidationParameters();
                });
        }
        builder.Services.AddAuthorization();
        return builder;
    }
}
