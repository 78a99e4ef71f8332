using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobMatch.Data.PostgreSql.Migrations.YouthStore;

/// <inheritdoc />
public partial class InitialCreate : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Educations",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                Programme = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Institution = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                From = table.Column<DateOnly>(type: "date", nullable: false),
                ExpectedEnd = table.Column<DateOnly>(type: "date", nullable: true),
                Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Educations", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "TransitionPlans",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                PlannedTransferOn = table.Column<DateOnly>(type: "date", nullable: false),
                ReceivingDepartments = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TransitionPlans", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_Educations_CitizenId",
            table: "Educations",
            column: "CitizenId");

        migrationBuilder.CreateIndex(
            name: "IX_TransitionPlans_CitizenId",
            table: "TransitionPlans",
            column: "CitizenId");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "Educations");

        migrationBuilder.DropTable(
            name: "TransitionPlans");
    }
}
