using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace JobMatch.Graph.Auth;

public static class AuthenticationSetup
{
    /// <summary>
    /// Entra ID through Microsoft.Identity.Web when an <c>AzureAd</c> section names a client; otherwise the
    /// local signing key. Either way the endpoint reads one <see cref="Viewer"/> from the token.
    /// </summary>
    public static WebApplicationBuilder AddJobMatchAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.Section));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<AuthOptions>>().Value);
        builder.Services.AddSingleton<LocalSigningKey>();

        if (!string.IsNullOrWhiteSpace(builder.Configuration["AzureAd:ClientId"]))
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
