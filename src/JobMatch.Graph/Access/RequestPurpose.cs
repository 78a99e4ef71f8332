namespace JobMatch.Graph.Access;

/// <summary>Where a request states why it reads another department's data.</summary>
public static class RequestPurpose
{
    /// <summary>
    /// The header, e.g. <c>X-JobMatch-Purpose: Koordinering%20af%20f%C3%A6lles%20plan</c>. Header values are ASCII
    /// on the wire, so Danish letters travel percent-encoded (UTF-8) and are decoded here.
    /// </summary>
    public const string Header = "X-JobMatch-Purpose";

    /// <summary>The request extension, for clients that cannot set headers: <c>"extensions": { "purpose": "..." }</c>.</summary>
    public const string Extension = "purpose";

    /// <summary>The purpose from the header (percent-decoded), else from the request extension; null when neither says.</summary>
    public static string? From(string? header, IReadOnlyDictionary<string, object?>? extensions)
    {
        if (!string.IsNullOrWhiteSpace(header))
            return header.Contains('%') ? Uri.UnescapeDataString(header) : header;
        return extensions?.TryGetValue(Extension, out var value) == true && value is string text && !string.IsNullOrWhiteSpace(text) ? text : null;
    }
}
