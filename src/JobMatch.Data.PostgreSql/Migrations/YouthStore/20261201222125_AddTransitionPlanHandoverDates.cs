using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobMatch.Data.PostgreSql.Migrations.YouthStore;

/// <inheritdoc />
public partial class AddTransitionPlanHandoverDates : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateOnly>(
            name: "AgreedOn",
            table: "TransitionPlans",
            type: "date",
            nullable: true);

        migrationBuilder.AddColumn<DateOnly>(
            name: "HandedOverOn",
            table: "TransitionPlans",
            type: "date",
            nullable: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(
            name: "AgreedOn",
            table: "TransitionPlans");

        migrationBuilder.DropColumn(
            name: "HandedOverOn",
            table: "TransitionPlans");
    }
}
