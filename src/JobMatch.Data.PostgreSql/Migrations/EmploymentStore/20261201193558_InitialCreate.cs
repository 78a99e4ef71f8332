using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobMatch.Data.PostgreSql.Migrations.EmploymentStore;

/// <inheritdoc />
public partial class InitialCreate : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "BenefitTypes",
            columns: table => new
            {
                Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BenefitTypes", x => x.Code);
            });

        migrationBuilder.CreateTable(
            name: "Enrollments",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                ProjectCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                ReferredBy = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                EnrolledOn = table.Column<DateOnly>(type: "date", nullable: false),
                EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Enrollments", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "JobActivities",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                Provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                From = table.Column<DateOnly>(type: "date", nullable: false),
                To = table.Column<DateOnly>(type: "date", nullable: true),
                Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_JobActivities", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "JobGoals",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                SetOn = table.Column<DateOnly>(type: "date", nullable: false),
                TargetDate = table.Column<DateOnly>(type: "date", nullable: true),
                Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_JobGoals", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Placements",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                EmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                From = table.Column<DateOnly>(type: "date", nullable: false),
                To = table.Column<DateOnly>(type: "date", nullable: true),
                HoursPerWeek = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Placements", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "TargetGroups",
            columns: table => new
            {
                Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                LawReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TargetGroups", x => x.Code);
            });

        migrationBuilder.CreateTable(
            name: "BenefitPeriods",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                BenefitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                From = table.Column<DateOnly>(type: "date", nullable: false),
                To = table.Column<DateOnly>(type: "date", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BenefitPeriods", x => x.Id);
                table.ForeignKey(
                    name: "FK_BenefitPeriods_BenefitTypes_BenefitCode",
                    column: x => x.BenefitCode,
                    principalTable: "BenefitTypes",
                    principalColumn: "Code",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "EnrollmentSteps",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                EnrollmentId = table.Column<Guid>(type: "uuid", nullable: false),
                StepOrder = table.Column<int>(type: "integer", nullable: false),
                StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                CompletedOn = table.Column<DateOnly>(type: "date", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EnrollmentSteps", x => x.Id);
                table.ForeignKey(
                    name: "FK_EnrollmentSteps_Enrollments_EnrollmentId",
                    column: x => x.EnrollmentId,
                    principalTable: "Enrollments",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "TargetGroupPeriods",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                TargetGroupCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                From = table.Column<DateOnly>(type: "date", nullable: false),
                To = table.Column<DateOnly>(type: "date", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TargetGroupPeriods", x => x.Id);
                table.ForeignKey(
                    name: "FK_TargetGroupPeriods_TargetGroups_TargetGroupCode",
                    column: x => x.TargetGroupCode,
                    principalTable: "TargetGroups",
                    principalColumn: "Code",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_BenefitPeriods_BenefitCode",
            table: "BenefitPeriods",
            column: "BenefitCode");

        migrationBuilder.CreateIndex(
            name: "IX_BenefitPeriods_CitizenId",
            table: "BenefitPeriods",
            column: "CitizenId");

        migrationBuilder.CreateIndex(
            name: "IX_Enrollments_CitizenId",
            table: "Enrollments",
            column: "CitizenId");

        migrationBuilder.CreateIndex(
            name: "IX_Enrollments_ProjectCode",
            table: "Enrollments",
            column: "ProjectCode");

        migrationBuilder.CreateIndex(
            name: "IX_EnrollmentSteps_EnrollmentId",
            table: "EnrollmentSteps",
            column: "EnrollmentId");

        migrationBuilder.CreateIndex(
            name: "IX_JobActivities_CitizenId",
            table: "JobActivities",
            column: "CitizenId");

        migrationBuilder.CreateIndex(
            name: "IX_JobGoals_CitizenId",
            table: "JobGoals",
            column: "CitizenId");

        migrationBuilder.CreateIndex(
            name: "IX_Placements_CitizenId",
            table: "Placements",
            column: "CitizenId");

        migrationBuilder.CreateIndex(
            name: "IX_TargetGroupPeriods_CitizenId",
            table: "TargetGroupPeriods",
            column: "CitizenId");

        migrationBuilder.CreateIndex(
            name: "IX_TargetGroupPeriods_TargetGroupCode_To",
            table: "TargetGroupPeriods",
            columns: new[] { "TargetGroupCode", "To" });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "BenefitPeriods");

        migrationBuilder.DropTable(
            name: "EnrollmentSteps");

        migrationBuilder.DropTable(
            name: "JobActivities");

        migrationBuilder.DropTable(
            name: "JobGoals");

        migrationBuilder.DropTable(
            name: "Placements");

        migrationBuilder.DropTable(
            name: "TargetGroupPeriods");

        migrationBuilder.DropTable(
            name: "BenefitTypes");

        migrationBuilder.DropTable(
            name: "Enrollments");

        migrationBuilder.DropTable(
            name: "TargetGroups");
    }
}
