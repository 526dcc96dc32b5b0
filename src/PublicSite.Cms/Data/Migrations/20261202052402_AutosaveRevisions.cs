using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PublicSite.Cms.Data.Migrations
{
    /// <inheritdoc />
    public partial class AutosaveRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Revisions_VariantId_Number",
                table: "Revisions");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Revisions",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_VariantId_Author",
                table: "Revisions",
                columns: new[] { "VariantId", "Author" },
                unique: true,
                filter: "\"Kind\" = 'autosave'");

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_VariantId_Number",
                table: "Revisions",
                columns: new[] { "VariantId", "Number" },
                unique: true,
                filter: "\"Kind\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Revisions_VariantId_Author",
                table: "Revisions");

            migrationBuilder.DropIndex(
                name: "IX_Revisions_VariantId_Number",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Revisions");

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_VariantId_Number",
                table: "Revisions",
                columns: new[] { "VariantId", "Number" },
                unique: true);
        }
    }
}
