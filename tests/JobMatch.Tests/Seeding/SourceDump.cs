using System.Globalization;
using System.Text;
using JobMatch.Data;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Tests.Seeding;

/// <summary>Every row of every seeded table as text, ordered by key, so two stores can be compared value for value.</summary>
internal static class SourceDump
{
    public static readonly Source[] Seeded = [Source.Registry, Source.Employment, Source.Social, Source.Health, Source.Youth];

    public static async Task<string> DumpAsync(SourceStores stores)
    {
        var text = new StringBuilder();
        foreach (var source in Seeded)
        {
            await using var db = await stores.OpenAsync(source, CancellationToken.None);
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            foreach (var entity in db.Model.GetEntityTypes().OrderBy(e => e.GetTableName(), StringComparer.Ordinal))
            {
                var table = entity.GetTableName()!;
                // Identity keys (project steps) depend on insertion order, which is part of what must be repeatable.
                var keys = string.Join(", ", entity.FindPrimaryKey()!.Properties.Select(p => $"\"{p.GetColumnName()}\""));
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY {keys}";
                await using var reader = await command.ExecuteReaderAsync();
                text.Append("## ").Append(source).Append('.').AppendLine(table);
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                        text.Append(i == 0 ? "" : "|").Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                    text.AppendLine();
                }
            }
        }
        return text.ToString();
    }

    public static async Task<Dictionary<string, long>> CountAsync(SourceStores stores)
    {
        var counts = new Dictionary<string, long>();
        foreach (var source in Seeded)
        {
            await using var db = await stores.OpenAsync(source, CancellationToken.None);
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            foreach (var entity in db.Model.GetEntityTypes())
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{entity.GetTableName()}\"";
                counts[$"{source}.{entity.GetTableName()}"] = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            }
        }
        return counts;
    }
}
