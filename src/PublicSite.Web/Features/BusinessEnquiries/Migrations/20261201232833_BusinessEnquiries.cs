using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PublicSite.Web.Features.BusinessEnquiries.Migrations
{
    /// <inheritdoc />
    public partial class BusinessEnquiries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BusinessEnquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferenceNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Company = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompanySize = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactNameEncrypted = table.Column<string>(type: "TEXT", nullable: false),
                    EmailEncrypted = table.Column<string>(type: "TEXT", nullable: false),
                    EmailMasked = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PhoneEncrypted = table.Column<string>(type: "TEXT", nullable: true),
                    QuestionEncrypted = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BusinessEnquiries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessEnquiries_ReceivedUtc",
                table: "BusinessEnquiries",
                column: "ReceivedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_BusinessEnquiries_ReferenceNumber",
                table: "BusinessEnquiries",
                column: "ReferenceNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BusinessEnquiries");
        }
    }
}
