using JobMatch.Tests.Citizens;

namespace JobMatch.Tests.Postgres;

/// <summary>The real host on PostgreSQL, with a count bound a test can cross.</summary>
public sealed class KeysetPostgresHost : PostgresHost
{
    public KeysetPostgresHost() => Settings["JobMatch:Limits:ExactCountUpTo"] = KeysetPagingContract.Bound;
}

public sealed class PostgresKeysetPagingTests(KeysetPostgresHost host) : KeysetPagingContract(host), IClassFixture<KeysetPostgresHost>;
