using System.Security.Claims;
using System.Security.Cryptography;
using JobMatch.Data;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace JobMatch.Graph.Auth;

/// <summary>
/// The signing key of the embedded default and the tests: configured, or (in Development only) made once in the
/// data folder, so a fresh clone needs no identity provider. Outside Development a key is used only when it is
/// configured: a key the program made itself would let anyone who can read the data folder mint tokens, and
/// would silently accept local tokens where Entra ID was meant.
/// </summary>
public sealed class LocalSigningKey(AuthOptions options, DataOptions data, IHostEnvironment environment)
{
    public const int MinimumBytes = 32;

    private readonly Lazy<SymmetricSecurityKey> key = new(() => Load(options, data, environment));

    /// <summary>Why a configured key cannot be used, or null when it can (or none is configured).</summary>
    public static string? ProblemWith(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
            return null;
        var bytes = new byte[configured.Length];
        return Convert.TryFromBase64String(configured.Trim(), bytes, out var length) && length >= MinimumBytes
            ? null
            : $"JobMatch:Auth:SigningKey must be base64 of at least {MinimumBytes} random bytes (e.g. the output of 'openssl rand -base64 32').";
    }

    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = options.Issuer,
        ValidAudience = options.Audience,
        IssuerSigningKey = key.Value,
        ValidateIssuerSigningKey = true,
        ValidateLifetime = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = "name",
        RoleClaimType = options.RoleClaim,
    };

    /// <summary>Mints a token for a department and role (and a citizen's own id for the Citizen role).</summary>
    public string CreateToken(string subject, string name, string? department, IEnumerable<string> roles, Guid? citizenId, TimeSpan lifetime)
    {
        var claims = new Dictionary<string, object> { ["sub"] = subject, ["name"] = name, [options.RoleClaim] = roles.ToArray() };
        if (department is not null)
            claims[options.DepartmentClaim] = department;
        if (citizenId is { } id)
            claims[options.CitizenClaim] = id.ToString();
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key.Value, SecurityAlgorithms.HmacSha256),
        });
    }

    private static SymmetricSecurityKey Load(AuthOptions options, DataOptions data, IHostEnvironment environment)
    {
        if (ProblemWith(options.SigningKey) is { } problem)
            throw new InvalidOperationException(problem);
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
            return new SymmetricSecurityKey(Convert.FromBase64String(options.SigningKey.Trim()));
        if (!environment.IsDevelopment())
            throw new InvalidOperationException(AuthenticationSetup.NoIdentity);
        var path = Path.Combine(data.FullDataDirectory, "signing-key");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(data.FullDataDirectory);
            try
            {
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                file.Write(System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made it first; use theirs.
            }
        }
        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }
}
