using System.Security.Claims;
using System.Security.Cryptography;
using JobMatch.Data;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace JobMatch.Graph.Auth;

/// <summary>
/// The signing key of the embedded default and the tests: configured, or made once in the data folder, so a
/// fresh clone needs no identity provider. Production validates Entra ID tokens instead.
/// </summary>
public sealed class LocalSigningKey(AuthOptions options, DataOptions data)
{
    private readonly Lazy<SymmetricSecurityKey> key = new(() => Load(options, data));

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

    private static SymmetricSecurityKey Load(AuthOptions options, DataOptions data)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
            return new SymmetricSecurityKey(Convert.FromBase64String(options.SigningKey));
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
