namespace JobMatch.Data;

/// <summary>The source systems JobMatch reads; each has its own store and connection string.</summary>
public enum Source
{
    Registry,
    Employment,
    Social,
    Health,
    Youth,
    Audit,
}
