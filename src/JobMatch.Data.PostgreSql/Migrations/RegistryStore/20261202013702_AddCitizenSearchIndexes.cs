using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobMatch.Data.PostgreSql.Migrations.RegistryStore;

/// <inheritdoc />
public partial class AddCitizenSearchIndexes : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_Citizens_SearchDistrict",
            table: "Citizens");

        migrationBuilder.DropIndex(
            name: "IX_Citizens_SearchLastName_SearchFirstName",
            table: "Citizens");

        migrationBuilder.AddColumn<string>(
            name: "SearchName",
            table: "Citizens",
            type: "character varying(201)",
            maxLength: 201,
            nullable: false,
            defaultValue: "");

        // The fold of "first last" is the folds of each joined by a space ("aa" never spans it), so rows folded
        // before keep theirs; rows not folded yet are filled on migrate (CitizenSearchColumns).
        migrationBuilder.Sql(@"UPDATE ""Citizens"" SET ""SearchName"" = ""SearchFirstName"" || ' ' || ""SearchLastName"" WHERE ""SearchLastName"" <> ''");

        migrationBuilder.CreateIndex(
            name: "IX_Citizens_SearchDistrict_BirthDate_Id",
            table: "Citizens",
            columns: new[] { "SearchDistrict", "BirthDate", "Id" });

        migrationBuilder.CreateIndex(
            name: "IX_Citizens_SearchFirstName_Id",
            table: "Citizens",
            columns: new[] { "SearchFirstName", "Id" });

        migrationBuilder.CreateIndex(
            name: "IX_Citizens_SearchLastName_SearchFirstName_Id",
            table: "Citizens",
            columns: new[] { "SearchLastName", "SearchFirstName", "Id" });

        migrationBuilder.CreateIndex(
            name: "IX_Citizens_SearchName_Id",
            table: "Citizens",
            columns: new[] { "SearchName", "Id" });

        // Substring search (contains) through trigram indexes: LIKE '%…%' on the folded columns reads the index.
        migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
        migrationBuilder.Sql(@"CREATE INDEX ""IX_Citizens_SearchName_trgm"" ON ""Citizens"" USING gin (""SearchName"" gin_trgm_ops);");
        migrationBuilder.Sql(@"CREATE INDEX ""IX_Citizens_SearchLastName_trgm"" ON ""Citizens"" USING gin (""SearchLastName"" gin_trgm_ops);");
        migrationBuilder.Sql(@"CREATE INDEX ""IX_Citizens_SearchFirstName_trgm"" ON ""Citizens"" USING gin (""SearchFirstName"" gin_trgm_ops);");
        migrationBuilder.Sql(@"CREATE INDEX ""IX_Citizens_SearchDistrict_trgm"" ON ""Citizens"" USING gin (""SearchDistrict"" gin_trgm_ops);");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(@"DROP INDEX ""IX_Citizens_SearchName_trgm"";");
        migrationBuilder.Sql(@"DROP INDEX ""IX_Citizens_SearchLastName_trgm"";");
        migrationBuilder.Sql(@"DROP INDEX ""IX_Citizens_SearchFirstName_trgm"";");
        migrationBuilder.Sql(@"DROP INDEX ""IX_Citizens_SearchDistrict_trgm"";");

        migrationBuilder.DropIndex(
            name: "IX_Citizens_SearchDistrict_BirthDate_Id",
            table: "Citizens");

        migrationBuilder.DropIndex(
            name: "IX_Citizens_SearchFirstName_Id",
            table: "Citizens");

        migrationBuilder.DropIndex(
            name: "IX_Citizens_SearchLastName_SearchFirstName_Id",
            table: "Citizens");

        migrationBuilder.DropIndex(
            name: "IX_Citizens_SearchName_Id",
            table: "Citizens");

        migrationBuilder.DropColumn(
            name: "SearchName",
            table: "Citizens");

        migrationBuilder.CreateIndex(
            name: "IX_Citizens_SearchDistrict",
            table: "Citizens",
            column: "SearchDistrict");

        migrationBuilder.CreateIndex(
            name: "IX_Citizens_SearchLastName_SearchFirstName",
            table: "Citizens",
            columns: new[] { "SearchLastName", "SearchFirstName" });
    }
}
