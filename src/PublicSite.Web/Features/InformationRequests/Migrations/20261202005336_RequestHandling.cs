using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PublicSite.Web.Features.InformationRequests.Migrations
{
    /// <inheritdoc />
    public partial class RequestHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Decision",
                table: "InformationRequestSteps",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LetterId",
                table: "InformationRequestSteps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CorrectedAt",
                table: "InformationRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Correction",
                table: "InformationRequests",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionAsked",
                table: "InformationRequests",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CorrectionAskedAt",
                table: "InformationRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DecidedAt",
                table: "InformationRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Decision",
                table: "InformationRequests",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExtendedAt",
                table: "InformationRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Ground",
                table: "InformationRequests",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrganisationKind",
                table: "InformationRequests",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PurgedAt",
                table: "InformationRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InformationRequestLetters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    BodyEncrypted = table.Column<string>(type: "TEXT", nullable: false),
                    PdfEncrypted = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformationRequestLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformationRequestLetters_InformationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "InformationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequestLetters_RequestId",
                table: "InformationRequestLetters",
                column: "RequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InformationRequestLetters");

            migrationBuilder.DropColumn(
                name: "Decision",
                table: "InformationRequestSteps");

            migrationBuilder.DropColumn(
                name: "LetterId",
                table: "InformationRequestSteps");

            migrationBuilder.DropColumn(
                name: "CorrectedAt",
                table: "InformationRequests");

            migrationBuilder.DropColumn(
                name: "Correction",
                table: "InformationRequests");

            migrationBuilder.DropColumn(
                name: "CorrectionAsked",
                table: "InformationRequests");

            migrationBuilder.DropColumn(
                name: "CorrectionAskedAt",
                table: "InformationRequests");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                table: "InformationRequests");

            migrationBuilder.DropColumn(
                name: "Decision",
                table: "InformationRequests");

            migrationBuilder.DropColumn(
                name: "ExtendedAt",
                table: "InformationRequests");

            migrationBuilder.DropColumn(
                name: "Ground",
                table: "InformationRequests");

            migrationBuilder.DropColumn(
                name: "OrganisationKind",
                table: "InformationRequests");

            migrationBuilder.DropColumn(
                name: "PurgedAt",
                table: "InformationRequests");
        }
    }
}
