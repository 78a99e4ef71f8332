using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobMatch.Data.PostgreSql.Migrations.RegistryStore;

/// <inheritdoc />
public partial class AddCitizenSearchColumns : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "SearchDistrict",
            table: "Citizens",
            type: "character varying(60)",
            maxLength: 60,
            nullable: false,
            defaultValue: "");

        migrationBuilder.AddColumn<string>(
            name: "SearchFirstName",
            table: "Citizens",
            type: "character varying(100)",
            maxLength: 100,
            nullable: false,
            defaultValue: "");

        migrationBuilder.AddColumn<string>(
            name: "SearchLastName",
            table: "Citizens",
            type: "character varying(100)",
            maxLength: 100,
            nullable: false,
            defaultValue: "");

        migrationBuilder.CreateIndex(
            name: "IX_Citizens_SearchDistrict",
            table: "Citizens",
            column: "SearchDistrict");

        migrationBuilder.CreateIndex(
            name: "IX_Citizens_SearchLastName_SearchFirstName",
            table: "Citizens",
            columns: new[] { "SearchLastName", "SearchFirstName" });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_Citizens_SearchDistrict",
            table: "Citizens");

        migrationBuilder.DropIndex(
            name: "IX_Citizens_SearchLastName_SearchFirstName",
            table: "Citizens");

        migrationBuilder.DropColumn(
            name: "SearchDistrict",
            table: "Citizens");

        migrationBuilder.DropColumn(
            name: "SearchFirstName",
            table: "Citizens");

        migrationBuilder.DropColumn(
            name: "SearchLastName",
            table: "Citizens");
    }
}
