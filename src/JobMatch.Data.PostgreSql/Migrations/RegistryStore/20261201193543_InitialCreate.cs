using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JobMatch.Data.PostgreSql.Migrations.RegistryStore;

/// <inheritdoc />
public partial class InitialCreate : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AlterDatabase()
            .Annotation("Npgsql:PostgresExtension:unaccent", ",,");

        migrationBuilder.CreateTable(
            name: "Agencies",
            columns: table => new
            {
                Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                DepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Agencies", x => x.Code);
            });

        migrationBuilder.CreateTable(
            name: "Citizens",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                Cpr = table.Column<string>(type: "character(10)", fixedLength: true, maxLength: 10, nullable: false),
                FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                District = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Citizens", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Consents",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                SharingDepartment = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                ReceivingDepartment = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Categories = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                Purpose = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                LegalBasis = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Consents", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ContactAssignments",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                DepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Responsibility = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                From = table.Column<DateOnly>(type: "date", nullable: false),
                To = table.Column<DateOnly>(type: "date", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContactAssignments", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Employees",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                DepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                UnitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Employees", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Employers",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                Cvr = table.Column<string>(type: "character(8)", fixedLength: true, maxLength: 8, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Industry = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Employers", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Projects",
            columns: table => new
            {
                Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                TargetGroup = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                OwnerCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                PartnerCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                FunderCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                EndDate = table.Column<DateOnly>(type: "date", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Projects", x => x.Code);
            });

        migrationBuilder.CreateTable(
            name: "ProjectSteps",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ProjectCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Order = table.Column<int>(type: "integer", nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProjectSteps", x => x.Id);
                table.ForeignKey(
                    name: "FK_ProjectSteps_Projects_ProjectCode",
                    column: x => x.ProjectCode,
                    principalTable: "Projects",
                    principalColumn: "Code",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_Citizens_BirthDate_Id",
            table: "Citizens",
            columns: new[] { "BirthDate", "Id" });

        migrationBuilder.CreateIndex(
            name: "IX_Citizens_Cpr",
            table: "Citizens",
            column: "Cpr",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Citizens_District",
            table: "Citizens",
            column: "District");

        migrationBuilder.CreateIndex(
            name: "IX_Citizens_LastName_FirstName_Id",
            table: "Citizens",
            columns: new[] { "LastName", "FirstName", "Id" });

        migrationBuilder.CreateIndex(
            name: "IX_Consents_CitizenId",
            table: "Consents",
            column: "CitizenId");

        migrationBuilder.CreateIndex(
            name: "IX_ContactAssignments_CitizenId",
            table: "ContactAssignments",
            column: "CitizenId");

        migrationBuilder.CreateIndex(
            name: "IX_ContactAssignments_DepartmentCode_CitizenId",
            table: "ContactAssignments",
            columns: new[] { "DepartmentCode", "CitizenId" });

        migrationBuilder.CreateIndex(
            name: "IX_ContactAssignments_EmployeeId",
            table: "ContactAssignments",
            column: "EmployeeId");

        migrationBuilder.CreateIndex(
            name: "IX_Employees_DepartmentCode",
            table: "Employees",
            column: "DepartmentCode");

        migrationBuilder.CreateIndex(
            name: "IX_Employers_Cvr",
            table: "Employers",
            column: "Cvr",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ProjectSteps_ProjectCode_Order",
            table: "ProjectSteps",
            columns: new[] { "ProjectCode", "Order" },
            unique: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "Agencies");

        migrationBuilder.DropTable(
            name: "Citizens");

        migrationBuilder.DropTable(
            name: "Consents");

        migrationBuilder.DropTable(
            name: "ContactAssignments");

        migrationBuilder.DropTable(
            name: "Employees");

        migrationBuilder.DropTable(
            name: "Employers");

        migrationBuilder.DropTable(
            name: "ProjectSteps");

        migrationBuilder.DropTable(
            name: "Projects");
    }
}
