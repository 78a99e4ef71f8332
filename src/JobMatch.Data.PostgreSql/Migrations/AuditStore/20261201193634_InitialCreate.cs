using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JobMatch.Data.PostgreSql.Migrations.AuditStore;

/// <inheritdoc />
public partial class InitialCreate : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AccessRequests",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                CorrelationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                SubjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                Department = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                OperationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                Purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                PurposeNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AccessRequests", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AccessRecords",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RequestId = table.Column<long>(type: "bigint", nullable: false),
                CitizenId = table.Column<Guid>(type: "uuid", nullable: true),
                Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Operation = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                Allowed = table.Column<bool>(type: "boolean", nullable: false),
                Criterion = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                OutsideCaseload = table.Column<bool>(type: "boolean", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AccessRecords", x => x.Id);
                table.ForeignKey(
                    name: "FK_AccessRecords_AccessRequests_RequestId",
                    column: x => x.RequestId,
                    principalTable: "AccessRequests",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_AccessRecords_CitizenId_RequestId",
            table: "AccessRecords",
            columns: new[] { "CitizenId", "RequestId" });

        migrationBuilder.CreateIndex(
            name: "IX_AccessRecords_RequestId",
            table: "AccessRecords",
            column: "RequestId");

        migrationBuilder.CreateIndex(
            name: "IX_AccessRequests_At",
            table: "AccessRequests",
            column: "At");

        migrationBuilder.CreateIndex(
            name: "IX_AccessRequests_Hash",
            table: "AccessRequests",
            column: "Hash",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_AccessRequests_PreviousHash",
            table: "AccessRequests",
            column: "PreviousHash",
            unique: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "AccessRecords");

        migrationBuilder.DropTable(
            name: "AccessRequests");
    }
}
