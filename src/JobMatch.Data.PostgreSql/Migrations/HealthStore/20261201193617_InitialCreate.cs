using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobMatch.Data.PostgreSql.Migrations.HealthStore;

/// <inheritdoc />
public partial class InitialCreate : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Episodes",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                Provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                From = table.Column<DateOnly>(type: "date", nullable: false),
                To = table.Column<DateOnly>(type: "date", nullable: true),
                Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Episodes", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_Episodes_CitizenId",
            table: "Episodes",
            column: "CitizenId");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "Episodes");
    }
}
