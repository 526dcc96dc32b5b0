using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PublicSite.Web.Features.BusinessEnquiries.Migrations
{
    /// <inheritdoc />
    public partial class EnquiryHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                table: "BusinessEnquiries",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "BusinessEnquiries",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Received");

            migrationBuilder.CreateTable(
                name: "BusinessEnquirySteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AssignedTo = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReplyEncrypted = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BusinessEnquirySteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BusinessEnquirySteps_BusinessEnquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "BusinessEnquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessEnquirySteps_EnquiryId",
                table: "BusinessEnquirySteps",
                column: "EnquiryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BusinessEnquirySteps");

            migrationBuilder.DropColumn(
                name: "AssignedTo",
                table: "BusinessEnquiries");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "BusinessEnquiries");
        }
    }
}
