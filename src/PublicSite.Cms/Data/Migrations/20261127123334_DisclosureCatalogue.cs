using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PublicSite.Cms.Data.Migrations
{
    /// <inheritdoc />
    public partial class DisclosureCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CatalogueEntries",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndexNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    IssuingBody = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Genre = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    PublicationDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Validity = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueEntries", x => x.ItemId);
                    table.ForeignKey(
                        name: "FK_CatalogueEntries_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndexNumberSequences",
                columns: table => new
                {
                    OrganisationCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexNumberSequences", x => new { x.OrganisationCode, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "ViewCounts",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ViewCounts", x => x.ItemId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEntries_Category",
                table: "CatalogueEntries",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEntries_DocumentNumber",
                table: "CatalogueEntries",
                column: "DocumentNumber");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEntries_IssuingBody",
                table: "CatalogueEntries",
                column: "IssuingBody");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEntries_PublicationDate",
                table: "CatalogueEntries",
                column: "PublicationDate");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEntries_Subject",
                table: "CatalogueEntries",
                column: "Subject");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEntries_Year",
                table: "CatalogueEntries",
                column: "Year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogueEntries");

            migrationBuilder.DropTable(
                name: "IndexNumberSequences");

            migrationBuilder.DropTable(
                name: "ViewCounts");
        }
    }
}
