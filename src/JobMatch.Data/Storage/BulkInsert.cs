using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace JobMatch.Data.Storage;

/// <summary>
/// Inserts many rows of one entity type with reused multi-row INSERT commands on the context's connection and
/// transaction. Change tracking costs more than the database does at a million rows; going through each property's
/// relational type mapping keeps the stored values (GUID text, dates, enum strings, decimals) exactly what EF itself
/// would write, on SQLite and SQL Server alike; PostgreSQL gets binary COPY. An integer key the store generates (an identity column) is left
/// to the store. Used by the seeder and by the audit log, which appends one record per citizen and category read.
/// </summary>
public static class BulkInsert
{
    // SQL Server accepts at most 2100 parameters per command and 1000 rows per VALUES list.
    private const int MaxParameters = 2000;
    private const int MaxRowsPerStatement = 200;

    private sealed record Column(string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter, bool Nullable);

    public static async Task InsertAsync<T>(DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0)
            return;
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in {db.GetType().Name}.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType == typeof(long)))
            .Select(p => new Column(p.GetColumnName(table)!, p.GetRelationalTypeMapping(), p.GetGetter(), p.IsNullable))
            .ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        if (db.Database.GetDbConnection() is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, sql, table, columns, rows, cancellationToken);
            return;
        }
        // SQLite has no round trip to save, and Microsoft.Data.Sqlite binds each parameter by looking its name up among
        // the statement's, so wide multi-row statements get slower, not faster: one prepared row at a time is quickest.
        var rowsPerStatement = db.Database.IsSqlite() ? 1 : Math.Clamp(MaxParameters / columns.Length, 1, MaxRowsPerStatement);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();

        DbCommand? fullBatch = null;
        try
        {
            for (var start = 0; start < rows.Count; start += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, rows.Count - start);
                var isFull = count == rowsPerStatement;
                var command = isFull
                    ? fullBatch ??= CreateCommand(connection, transaction, sql, table, columns, count)
                    : CreateCommand(connection, transaction, sql, table, columns, count);
                try
                {
                    Bind(command, columns, rows, start, count);
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                finally
                {
                    if (!isFull)
                        await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (fullBatch is not null)
                await fullBatch.DisposeAsync();
        }
    }

    /// <summary>
    /// PostgreSQL's binary COPY: one stream for all rows, no parameters and no statement per row. It runs on the
    /// context's connection, so inside its transaction (COPY joins the open transaction of its connection).
    /// </summary>
    private static async Task CopyAsync<T>(NpgsqlConnection connection, ISqlGenerationHelper sql, StoreObjectIdentifier table, Column[] columns, IReadOnlyList<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (connection.State != System.Data.ConnectionState.Open)
            throw new InvalidOperationException("Bulk insert on PostgreSQL runs inside the caller's transaction; open one first.");
        var copy = $"COPY {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        var types = columns.Select(c => c.Mapping.StoreTypeNameBase).ToArray();
        await using var writer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        // The end of a COPY waits for the server to take every row (and, on a durable server, to write them out): a
        // million citizens' rows take longer than a statement's timeout, so a second per 2,000 rows is allowed beyond it.
        // (A command timeout of 0, no limit, stays so.)
        if (connection.CommandTimeout > 0)
            writer.Timeout = TimeSpan.FromSeconds(connection.CommandTimeout + rows.Count / 2000);
        foreach (var entity in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            for (var column = 0; column < columns.Length; column++)
            {
                var c = columns[column];
                var value = c.Getter.GetClrValueUsingContainingEntity(entity);
                if (value is not null && c.Mapping.Converter is { } converter)
                    value = converter.ConvertToProvider(value);
                if (value is null)
                    await writer.WriteNullAsync(cancellationToken);
                else
                    await writer.WriteAsync(value, types[column], cancellationToken);
            }
        }
        await writer.CompleteAsync(cancellationToken);
    }

    private static DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction, ISqlGenerationHelper sql, StoreObjectIdentifier table, Column[] columns, int rowCount)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new System.Text.StringBuilder()
            .Append("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))
            .Append(") VALUES ");
        for (var row = 0; row < rowCount; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Length; column++)
            {
                var name = "p" + (row * columns.Length + column);
                if (column > 0)
                    text.Append(", ");
                text.Append(sql.GenerateParameterNamePlaceholder(name));
                command.Parameters.Add(columns[column].Mapping.CreateParameter(command, sql.GenerateParameterName(name), null, columns[column].Nullable));
            }
            text.Append(')');
        }
        command.CommandText = text.ToString();
        return command;
    }

    private static void Bind<T>(DbCommand command, Column[] columns, IReadOnlyList<T> rows, int start, int count) where T : class
    {
        var parameters = command.Parameters;
        for (var row = 0; row < count; row++)
        {
            var entity = rows[start + row];
            for (var column = 0; column < columns.Length; column++)
            {
                var c = columns[column];
                var value = c.Getter.GetClrValueUsingContainingEntity(entity);
                if (value is not null && c.Mapping.Converter is { } converter)
                    value = converter.ConvertToProvider(value);
                parameters[row * columns.Length + column].Value = value ?? DBNull.Value;
            }
        }
    }
}
