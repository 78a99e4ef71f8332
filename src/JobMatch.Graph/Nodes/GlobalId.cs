using System.Buffers.Text;
using System.Text;

namespace JobMatch.Graph.Nodes;

/// <summary>
/// Relay global ids: the type and the record's id, base64url-encoded so clients treat them as opaque. A citizen's
/// global id is the municipal person id itself, so every link, token and audit record that names a citizen keeps working.
/// </summary>
public static class GlobalId
{
    public const string CitizenType = "Citizen";

    public static string Of(string type, Guid id) =>
        type == CitizenType ? id.ToString() : Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{type}:{id:N}"));

    public static bool TryDecode(string value, out string type, out Guid id)
    {
        if (Guid.TryParse(value, out id))
        {
            type = CitizenType;
            return true;
        }
        type = "";
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && Guid.TryParseExact(text.AsSpan(colon + 1), "N", out id))
            {
                type = text[..colon];
                return true;
            }
        }
        catch (FormatException)
        {
        }
        id = Guid.Empty;
        return false;
    }
}
