using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PublicSite.Cms.Data.Migrations
{
    /// <inheritdoc />
    public partial class TermRetirement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAt",
                table: "Terms",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "Terms");
        }
    }
}
