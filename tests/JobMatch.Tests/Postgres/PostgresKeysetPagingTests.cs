using JobMatch.Data.Registry;
using JobMatch.Tests.Citizens;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Tests.Postgres;

/// <summary>The real host on PostgreSQL, with a count bound a test can cross.</summary>
public sealed class KeysetPostgresHost : PostgresHost
{
    public KeysetPostgresHost() => Settings["JobMatch:Limits:ExactCountUpTo"] = KeysetPagingContract.Bound;
}

public sealed class PostgresKeysetPagingTests(KeysetPostgresHost host) : KeysetPagingContract(host), IClassFixture<KeysetPostgresHost>
{
    protected override string ExpectedSearchIndex => "IX_Citizens_SearchName_trgm";

    protected override async Task<string> PlanAsync(RegistryContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // The demo's few rows are cheaper read whole (or through the sort's index): with both set aside, in a
        // transaction rolled back, the plan left is the one a million rows get.
        await using var transaction = await connection.BeginTransactionAsync();
        command.Transaction = transaction;
        command.CommandText = "SET LOCAL enable_seqscan = off; DROP INDEX \"IX_Citizens_SearchName_Id\"; EXPLAIN SELECT \"Id\" FROM \"Citizens\" WHERE \"SearchName\" LIKE '%hansen%'";
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new System.Text.StringBuilder();
        while (await reader.ReadAsync())
            plan.AppendLine(reader.GetString(0));
        return plan.ToString();
    }
}
