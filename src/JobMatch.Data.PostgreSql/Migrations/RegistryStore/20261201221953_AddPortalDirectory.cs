using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JobMatch.Data.PostgreSql.Migrations.RegistryStore;

/// <inheritdoc />
public partial class AddPortalDirectory : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Offers",
            columns: table => new
            {
                Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                DepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                ProviderCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                Audience = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                LegalBasis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                ContactUnitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                ContactEmployeeId = table.Column<Guid>(type: "uuid", nullable: true),
                Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Offers", x => x.Code);
            });

        migrationBuilder.CreateTable(
            name: "Procedures",
            columns: table => new
            {
                Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Procedures", x => x.Code);
            });

        migrationBuilder.CreateTable(
            name: "UnitContacts",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UnitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                CounterpartUnitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                CounterpartEmployeeId = table.Column<Guid>(type: "uuid", nullable: true),
                Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UnitContacts", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ProcedureSteps",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ProcedureCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Order = table.Column<int>(type: "integer", nullable: false),
                DepartmentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                ActorCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                Due = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProcedureSteps", x => x.Id);
                table.ForeignKey(
                    name: "FK_ProcedureSteps_Procedures_ProcedureCode",
                    column: x => x.ProcedureCode,
                    principalTable: "Procedures",
                    principalColumn: "Code",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_Offers_DepartmentCode",
            table: "Offers",
            column: "DepartmentCode");

        migrationBuilder.CreateIndex(
            name: "IX_ProcedureSteps_ProcedureCode_Order",
            table: "ProcedureSteps",
            columns: new[] { "ProcedureCode", "Order" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_UnitContacts_CounterpartUnitCode",
            table: "UnitContacts",
            column: "CounterpartUnitCode");

        migrationBuilder.CreateIndex(
            name: "IX_UnitContacts_UnitCode",
            table: "UnitContacts",
            column: "UnitCode");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "Offers");

        migrationBuilder.DropTable(
            name: "ProcedureSteps");

        migrationBuilder.DropTable(
            name: "UnitContacts");

        migrationBuilder.DropTable(
            name: "Procedures");
    }
}
