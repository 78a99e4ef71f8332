using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobMatch.Data.PostgreSql.Migrations.SocialStore;

/// <inheritdoc />
public partial class InitialCreate : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ActionPlans",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                Purpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                CreatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                NextReviewOn = table.Column<DateOnly>(type: "date", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActionPlans", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Goals",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                Area = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                SetOn = table.Column<DateOnly>(type: "date", nullable: false),
                TargetDate = table.Column<DateOnly>(type: "date", nullable: true),
                Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Goals", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Services",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                ProviderCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                From = table.Column<DateOnly>(type: "date", nullable: false),
                To = table.Column<DateOnly>(type: "date", nullable: true),
                HoursPerWeek = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Services", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "SubstanceTreatments",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                Substance = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                Form = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                From = table.Column<DateOnly>(type: "date", nullable: false),
                To = table.Column<DateOnly>(type: "date", nullable: true),
                Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SubstanceTreatments", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_ActionPlans_CitizenId",
            table: "ActionPlans",
            column: "CitizenId");

        migrationBuilder.CreateIndex(
            name: "IX_Goals_CitizenId",
            table: "Goals",
            column: "CitizenId");

        migrationBuilder.CreateIndex(
            name: "IX_Services_CitizenId",
            table: "Services",
            column: "CitizenId");

        migrationBuilder.CreateIndex(
            name: "IX_SubstanceTreatments_CitizenId",
            table: "SubstanceTreatments",
            column: "CitizenId");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "ActionPlans");

        migrationBuilder.DropTable(
            name: "Goals");

        migrationBuilder.DropTable(
            name: "Services");

        migrationBuilder.DropTable(
            name: "SubstanceTreatments");
    }
}
