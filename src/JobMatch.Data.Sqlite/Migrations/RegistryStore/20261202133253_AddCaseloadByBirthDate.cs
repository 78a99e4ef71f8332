using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobMatch.Data.Sqlite.Migrations.RegistryStore;

/// <inheritdoc />
public partial class AddCaseloadByBirthDate : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_ContactAssignments_DepartmentCode_CitizenId",
            table: "ContactAssignments");

        migrationBuilder.AddColumn<DateOnly>(
            name: "CitizenBirthDate",
            table: "ContactAssignments",
            type: "TEXT",
            nullable: false,
            defaultValue: new DateOnly(1, 1, 1));

        // The assignments written before the column existed take their citizen's birth date.
        migrationBuilder.Sql("""
            UPDATE "ContactAssignments" SET "CitizenBirthDate" = (SELECT c."BirthDate" FROM "Citizens" AS c WHERE c."Id" = "ContactAssignments"."CitizenId") WHERE EXISTS (SELECT 1 FROM "Citizens" AS c WHERE c."Id" = "ContactAssignments"."CitizenId");
            """);

        migrationBuilder.CreateIndex(
            name: "IX_ContactAssignments_DepartmentCode_CitizenBirthDate_CitizenId_From_To",
            table: "ContactAssignments",
            columns: new[] { "DepartmentCode", "CitizenBirthDate", "CitizenId", "From", "To" });

        migrationBuilder.CreateIndex(
            name: "IX_ContactAssignments_DepartmentCode_CitizenId_From_To",
            table: "ContactAssignments",
            columns: new[] { "DepartmentCode", "CitizenId", "From", "To" });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_ContactAssignments_DepartmentCode_CitizenBirthDate_CitizenId_From_To",
            table: "ContactAssignments");

        migrationBuilder.DropIndex(
            name: "IX_ContactAssignments_DepartmentCode_CitizenId_From_To",
            table: "ContactAssignments");

        migrationBuilder.DropColumn(
            name: "CitizenBirthDate",
            table: "ContactAssignments");

        migrationBuilder.CreateIndex(
            name: "IX_ContactAssignments_DepartmentCode_CitizenId",
            table: "ContactAssignments",
            columns: new[] { "DepartmentCode", "CitizenId" });
    }
}
