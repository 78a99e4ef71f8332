using System.Globalization;
using System.Text;

namespace JobMatch.Data;

/// <summary>
/// Compares names and districts the way a Danish reader does: case does not matter, accents other than the letters
/// æ, ø and å do not (é is e, ü is u), and the old spelling "aa" is "å", so "nørrebro" finds Nørrebro and
/// "aabenraa" finds Åbenrå, while "norrebro" does not (ø is a letter, not an accented o).
/// </summary>
public static class DanishText
{
    private const char RingAbove = '\u030A';

    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            // å decomposes to a + ring above: keep that ring, so å stays a letter of its own.
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && !(c == RingAbove && kept.Length > 0 && kept[^1] == 'a'))
                continue;
            kept.Append(c);
        }
        return kept.ToString().Normalize(NormalizationForm.FormC).Replace("aa", "å", StringComparison.Ordinal);
    }
}
