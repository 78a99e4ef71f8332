using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobMatch.Data.SqlServer.Migrations.EmploymentStore;

/// <inheritdoc />
public partial class AddPlanWritesAndOutbox : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(
            name: "Version",
            table: "Placements",
            type: "int",
            nullable: false,
            defaultValue: 0);

        migrationBuilder.AddColumn<int>(
            name: "Version",
            table: "JobGoals",
            type: "int",
            nullable: false,
            defaultValue: 0);

        migrationBuilder.AddColumn<int>(
            name: "Version",
            table: "JobActivities",
            type: "int",
            nullable: false,
            defaultValue: 0);

        migrationBuilder.AddColumn<Guid>(
            name: "EmployeeId",
            table: "EnrollmentSteps",
            type: "uniqueidentifier",
            nullable: true);

        migrationBuilder.AddColumn<Guid>(
            name: "PlacementId",
            table: "EnrollmentSteps",
            type: "uniqueidentifier",
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "Version",
            table: "Enrollments",
            type: "int",
            nullable: false,
            defaultValue: 0);

        migrationBuilder.CreateTable(
            name: "GoalLinks",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                CitizenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                FromDepartment = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                FromGoalId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                ToDepartment = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                ToGoalId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                LinkedOn = table.Column<DateOnly>(type: "date", nullable: false),
                EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                Version = table.Column<int>(type: "int", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GoalLinks", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Outbox",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("SqlServer:Identity", "1, 1"),
                CitizenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                Kind = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                Department = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                EntityType = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                EntityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Outbox", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_GoalLinks_CitizenId",
            table: "GoalLinks",
            column: "CitizenId");

        migrationBuilder.CreateIndex(
            name: "IX_Outbox_Subject_IdempotencyKey",
            table: "Outbox",
            columns: new[] { "Subject", "IdempotencyKey" },
            unique: true,
            filter: "[IdempotencyKey] IS NOT NULL");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "GoalLinks");

        migrationBuilder.DropTable(
            name: "Outbox");

        migrationBuilder.DropColumn(
            name: "Version",
            table: "Placements");

        migrationBuilder.DropColumn(
            name: "Version",
            table: "JobGoals");

        migrationBuilder.DropColumn(
            name: "Version",
            table: "JobActivities");

        migrationBuilder.DropColumn(
            name: "EmployeeId",
            table: "EnrollmentSteps");

        migrationBuilder.DropColumn(
            name: "PlacementId",
            table: "EnrollmentSteps");

        migrationBuilder.DropColumn(
            name: "Version",
            table: "Enrollments");
    }
}
