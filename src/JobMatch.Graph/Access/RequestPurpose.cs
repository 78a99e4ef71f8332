using JobMatch.Graph.Requests;

namespace JobMatch.Graph.Access;

/// <summary>Where a request states why it reads: a purpose code of the vocabulary, and an optional short note.</summary>
public static class RequestPurpose
{
    /// <summary>The purpose code, e.g. <c>X-JobMatch-Purpose: COORDINATED_PLAN</c>.</summary>
    public const string Header = "X-JobMatch-Purpose";

    /// <summary>
    /// An optional note, e.g. <c>X-JobMatch-Purpose-Note: M%C3%B8de%20om%20praktik</c>. Header values are ASCII
    /// on the wire, so Danish letters travel percent-encoded (UTF-8) and are decoded here.
    /// </summary>
    public const string NoteHeader = "X-JobMatch-Purpose-Note";

    /// <summary>The request extensions, for clients that cannot set headers: <c>"extensions": { "purpose": "...", "purposeNote": "..." }</c>.</summary>
    public const string Extension = "purpose";
    public const string NoteExtension = "purposeNote";

    public const int MaxNoteLength = 200;

    public const string Unknown = "PURPOSE_UNKNOWN";
    public const string Invalid = "PURPOSE_INVALID";

    /// <summary>
    /// The stated purpose (header first, then extension) looked up in the vocabulary, and its note; null when none
    /// is stated. A code outside the vocabulary, a note over <see cref="MaxNoteLength"/> characters or any control
    /// character is refused, so nothing unexpected reaches the access log.
    /// </summary>
    public static (Purpose? Purpose, string? Note) From(string? header, string? noteHeader, IReadOnlyDictionary<string, object?>? extensions, PurposeVocabulary vocabulary)
    {
        var code = Text(header, Extension, extensions);
        var note = Text(noteHeader, NoteExtension, extensions);
        if (note is not null)
        {
            if (note.Length > MaxNoteLength)
                throw new RequestRefusal(Invalid, $"The purpose note is {note.Length} characters long; at most {MaxNoteLength} are allowed.");
            RefuseControlCharacters(note, "The purpose note");
        }
        if (code is null)
            return note is null ? (null, null) : throw new RequestRefusal(Invalid, $"A purpose note needs a purpose code in '{Header}'.");
        RefuseControlCharacters(code, "The purpose");
        var purpose = vocabulary.Find(code)
            ?? throw new RequestRefusal(Unknown, $"'{(code.Length > 40 ? code[..40] + "…" : code)}' is not a purpose of the vocabulary; send one of {string.Join(", ", vocabulary.All.Select(p => p.Code))} (a free-text note goes in '{NoteHeader}').");
        return (purpose, note);
    }

    private static string? Text(string? header, string extension, IReadOnlyDictionary<string, object?>? extensions)
    {
        if (!string.IsNullOrWhiteSpace(header))
        {
            try
            {
                return (header.Contains('%') ? Uri.UnescapeDataString(header) : header).Trim();
            }
            catch (UriFormatException)
            {
                throw new RequestRefusal(Invalid, $"'{extension}' is not valid percent-encoded UTF-8.");
            }
        }
        return extensions?.TryGetValue(extension, out var value) == true && value is string text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
    }

    private static void RefuseControlCharacters(string text, string what)
    {
        if (text.Any(char.IsControl))
            throw new RequestRefusal(Invalid, $"{what} contains a control character; send plain text.");
    }
}
