namespace JobMatch.Graph.Access;

/// <summary>Where a request states why it reads another department's data.</summary>
public static class RequestPurpose
{
    /// <summary>The header, e.g. <c>X-JobMatch-Purpose: Koordinering af fælles plan</c>.</summary>
    public const string Header = "X-JobMatch-Purpose";

    /// <summary>The request extension, for clients that cannot set headers: <c>"extensions": { "purpose": "..." }</c>.</summary>
    public const string Extension = "purpose";
}
