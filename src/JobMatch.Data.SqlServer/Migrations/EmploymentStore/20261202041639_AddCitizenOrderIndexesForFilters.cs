using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobMatch.Data.SqlServer.Migrations.EmploymentStore;

/// <inheritdoc />
public partial class AddCitizenOrderIndexesForFilters : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_Enrollments_ProjectCode",
            table: "Enrollments");

        migrationBuilder.CreateIndex(
            name: "IX_TargetGroupPeriods_TargetGroupCode_CitizenId",
            table: "TargetGroupPeriods",
            columns: new[] { "TargetGroupCode", "CitizenId" });

        migrationBuilder.CreateIndex(
            name: "IX_Enrollments_ProjectCode_CitizenId",
            table: "Enrollments",
            columns: new[] { "ProjectCode", "CitizenId" });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_TargetGroupPeriods_TargetGroupCode_CitizenId",
            table: "TargetGroupPeriods");

        migrationBuilder.DropIndex(
            name: "IX_Enrollments_ProjectCode_CitizenId",
            table: "Enrollments");

        migrationBuilder.CreateIndex(
            name: "IX_Enrollments_ProjectCode",
            table: "Enrollments",
            column: "ProjectCode");
    }
}
