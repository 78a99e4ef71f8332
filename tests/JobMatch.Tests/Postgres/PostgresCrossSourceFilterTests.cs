using JobMatch.Tests.Citizens;

namespace JobMatch.Tests.Postgres;

/// <summary>The real host on PostgreSQL, with every demo project checked chunk by chunk and a count bound a test can cross.</summary>
public sealed class CrossSourcePostgresHost : PostgresHost
{
    public CrossSourcePostgresHost()
    {
        Settings["JobMatch:Limits:CrossSourceIdsUpTo"] = CrossSourceFilterContract.IdsUpTo;
        Settings["JobMatch:Limits:ExactCountUpTo"] = CrossSourceFilterContract.CountBound;
    }
}

public sealed class PostgresCrossSourceFilterTests(CrossSourcePostgresHost host) : CrossSourceFilterContract(host), IClassFixture<CrossSourcePostgresHost>;

/// <summary>The real host on PostgreSQL, checking a few candidates a page.</summary>
public sealed class ShortPagePostgresHost : PostgresHost
{
    public ShortPagePostgresHost()
    {
        Settings["JobMatch:Limits:CrossSourceIdsUpTo"] = CrossSourceFilterContract.IdsUpTo;
        Settings["JobMatch:Limits:CrossSourceCandidatesUpTo"] = ShortPageContract.CandidatesUpTo;
    }
}

public sealed class PostgresShortPageTests(ShortPagePostgresHost host) : ShortPageContract(host), IClassFixture<ShortPagePostgresHost>;
