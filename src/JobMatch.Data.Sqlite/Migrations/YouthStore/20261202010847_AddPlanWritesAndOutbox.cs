using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobMatch.Data.Sqlite.Migrations.YouthStore;

/// <inheritdoc />
public partial class AddPlanWritesAndOutbox : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(
            name: "Version",
            table: "TransitionPlans",
            type: "INTEGER",
            nullable: false,
            defaultValue: 0);

        migrationBuilder.CreateTable(
            name: "Outbox",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                Department = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                EntityType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Outbox", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_Outbox_Subject_IdempotencyKey",
            table: "Outbox",
            columns: new[] { "Subject", "IdempotencyKey" },
            unique: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "Outbox");

        migrationBuilder.DropColumn(
            name: "Version",
            table: "TransitionPlans");
    }
}
