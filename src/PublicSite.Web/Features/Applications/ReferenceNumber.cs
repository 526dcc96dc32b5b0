using System.Globalization;
using System.Text.RegularExpressions;
using PublicSite.Cms.Content.Types;

namespace PublicSite.Web.Features.Applications;

/// <summary>An application's reference, e.g. <c>CZHM-2026-INT-00042</c>: office, year of submission (China time), kind, number.</summary>
public static partial class ReferenceNumber
{
    public static string Prefix(int year, ProgrammeKind kind) => string.Create(CultureInfo.InvariantCulture,
        $"CZHM-{year}-{(kind == ProgrammeKind.Entrepreneurship ? "ENT" : "INT")}");

    /// <summary>Whether a string could be a reference at all, checked before any database look-up.</summary>
    public static bool IsWellFormed(string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex("^CZHM-[0-9]{4}-(INT|ENT)-[0-9]{5,}$")]
    private static partial Regex Pattern();
}
