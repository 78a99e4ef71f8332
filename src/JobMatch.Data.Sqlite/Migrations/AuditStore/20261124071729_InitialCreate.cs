using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobMatch.Data.Sqlite.Migrations.AuditStore;

/// <inheritdoc />
public partial class InitialCreate : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AccessRecords",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                At = table.Column<DateTime>(type: "TEXT", nullable: false),
                RequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                SubjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                Department = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                Operation = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                OperationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                Purpose = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                Allowed = table.Column<bool>(type: "INTEGER", nullable: false),
                PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AccessRecords", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_AccessRecords_At",
            table: "AccessRecords",
            column: "At");

        migrationBuilder.CreateIndex(
            name: "IX_AccessRecords_CitizenId_At",
            table: "AccessRecords",
            columns: new[] { "CitizenId", "At" });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "AccessRecords");
    }
}
