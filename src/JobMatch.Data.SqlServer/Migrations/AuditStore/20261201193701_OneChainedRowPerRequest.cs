using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobMatch.Data.SqlServer.Migrations.AuditStore;

/// <summary>
/// The audit log becomes one chained row per request (AccessRequests) with its per-citizen records (AccessRecords).
/// The records written before keep their own chain: the table is kept, renamed to AccessRecordsBeforeRequestChain,
/// never rewritten (re-hashing them would be forging a chain); the new chain starts at the genesis hash.
/// </summary>
public partial class OneChainedRowPerRequest : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_AccessRecords_At",
            table: "AccessRecords");

        migrationBuilder.DropIndex(
            name: "IX_AccessRecords_CitizenId_At",
            table: "AccessRecords");

        // SQL Server names constraints per schema, not per table: the archived table's key gives its name back.
        migrationBuilder.Sql("EXEC sp_rename N'[PK_AccessRecords]', N'PK_AccessRecordsBeforeRequestChain', N'OBJECT';");

        migrationBuilder.RenameTable(
            name: "AccessRecords",
            newName: "AccessRecordsBeforeRequestChain");

        migrationBuilder.CreateTable(
            name: "AccessRequests",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("SqlServer:Identity", "1, 1"),
                At = table.Column<DateTime>(type: "datetime2", nullable: false),
                CorrelationId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                SubjectName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                Department = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                Role = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                OperationName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                Purpose = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                PurposeNote = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                PreviousHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
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
                    .Annotation("SqlServer:Identity", "1, 1"),
                RequestId = table.Column<long>(type: "bigint", nullable: false),
                CitizenId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                Category = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                Operation = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                Allowed = table.Column<bool>(type: "bit", nullable: false),
                Criterion = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                OutsideCaseload = table.Column<bool>(type: "bit", nullable: false)
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

        migrationBuilder.RenameTable(
            name: "AccessRecordsBeforeRequestChain",
            newName: "AccessRecords");

        migrationBuilder.Sql("EXEC sp_rename N'[PK_AccessRecordsBeforeRequestChain]', N'PK_AccessRecords', N'OBJECT';");

        migrationBuilder.CreateIndex(
            name: "IX_AccessRecords_At",
            table: "AccessRecords",
            column: "At");

        migrationBuilder.CreateIndex(
            name: "IX_AccessRecords_CitizenId_At",
            table: "AccessRecords",
            columns: new[] { "CitizenId", "At" });
    }
}
