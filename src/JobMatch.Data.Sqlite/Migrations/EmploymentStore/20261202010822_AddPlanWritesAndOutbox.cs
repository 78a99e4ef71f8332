using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobMatch.Data.Sqlite.Migrations.EmploymentStore;

/// <inheritdoc />
public partial class AddPlanWritesAndOutbox : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(
            name: "Version",
            table: "Placements",
            type: "INTEGER",
            nullable: false,
            defaultValue: 0);

        migrationBuilder.AddColumn<int>(
            name: "Version",
            table: "JobGoals",
            type: "INTEGER",
            nullable: false,
            defaultValue: 0);

        migrationBuilder.AddColumn<int>(
            name: "Version",
            table: "JobActivities",
            type: "INTEGER",
            nullable: false,
            defaultValue: 0);

        migrationBuilder.AddColumn<Guid>(
            name: "EmployeeId",
            table: "EnrollmentSteps",
            type: "TEXT",
            nullable: true);

        migrationBuilder.AddColumn<Guid>(
            name: "PlacementId",
            table: "EnrollmentSteps",
            type: "TEXT",
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "Version",
            table: "Enrollments",
            type: "INTEGER",
            nullable: false,
            defaultValue: 0);

        migrationBuilder.CreateTable(
            name: "GoalLinks",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                FromDepartment = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                FromGoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                ToDepartment = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                ToGoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                LinkedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GoalLinks", x => x.Id);
            });

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
            name: "IX_GoalLinks_CitizenId",
            table: "GoalLinks",
            column: "CitizenId");

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
