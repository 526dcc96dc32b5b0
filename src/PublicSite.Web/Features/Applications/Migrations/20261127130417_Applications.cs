using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PublicSite.Web.Features.Applications.Migrations
{
    /// <inheritdoc />
    public partial class Applications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApplicationReferenceCounters",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationReferenceCounters", x => x.Prefix);
                });

            migrationBuilder.CreateTable(
                name: "Applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferenceNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CallItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CallDeadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdDocumentType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IdNumberEncrypted = table.Column<string>(type: "TEXT", nullable: false),
                    IdNumberHash = table.Column<string>(type: "TEXT", nullable: false),
                    IdNumberMasked = table.Column<string>(type: "TEXT", nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    PhoneRegion = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PhoneEncrypted = table.Column<string>(type: "TEXT", nullable: false),
                    PhoneMasked = table.Column<string>(type: "TEXT", nullable: false),
                    School = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Major = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    YearOfStudy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PreferredHost = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    GuardianName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CvLength = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonalInformationConsentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SensitiveInformationConsentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GuardianConsentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StatusTokenEncrypted = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationTallies",
                columns: table => new
                {
                    CallItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationTallies", x => new { x.CallItemId, x.Status });
                });

            migrationBuilder.CreateTable(
                name: "ApplicationStatusSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationStatusSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationStatusSteps_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_CallItemId_IdNumberHash",
                table: "Applications",
                columns: new[] { "CallItemId", "IdNumberHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_CallItemId_Status",
                table: "Applications",
                columns: new[] { "CallItemId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ReferenceNumber",
                table: "Applications",
                column: "ReferenceNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationStatusSteps_ApplicationId",
                table: "ApplicationStatusSteps",
                column: "ApplicationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicationReferenceCounters");

            migrationBuilder.DropTable(
                name: "ApplicationStatusSteps");

            migrationBuilder.DropTable(
                name: "ApplicationTallies");

            migrationBuilder.DropTable(
                name: "Applications");
        }
    }
}
