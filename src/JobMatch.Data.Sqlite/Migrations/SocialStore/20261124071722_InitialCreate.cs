using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobMatch.Data.Sqlite.Migrations.SocialStore;

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
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                NextReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActionPlans", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Goals",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                Area = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                SetOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Goals", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Services",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                ProviderCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                HoursPerWeek = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: true),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Services", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "SubstanceTreatments",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                Substance = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                Form = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
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
