using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PublicSite.Web.Features.Applications.Migrations
{
    /// <inheritdoc />
    public partial class ApplicationDuplicates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_CallItemId_IdNumberHash",
                table: "Applications");

            migrationBuilder.AddColumn<string>(
                name: "DuplicateOf",
                table: "Applications",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_CallItemId_IdNumberHash",
                table: "Applications",
                columns: new[] { "CallItemId", "IdNumberHash" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_CallItemId_IdNumberHash",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "DuplicateOf",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_CallItemId_IdNumberHash",
                table: "Applications",
                columns: new[] { "CallItemId", "IdNumberHash" },
                unique: true);
        }
    }
}
