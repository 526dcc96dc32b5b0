using System.ComponentModel.DataAnnotations;

namespace PublicSite.Web.Site;

/// <summary>Settings of the site as a whole (section <c>Site</c>; environment <c>Site__DataDirectory</c> etc.).</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    /// <summary>All runtime data (database, media, search index); relative paths are under the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>Which database holds the site (<c>Site:Database:Provider</c>); PostgreSQL reads <c>ConnectionStrings:Site</c>.</summary>
    public DatabaseOptions Database { get; set; } = new();

    /// <summary>Folder name under <c>themes/</c>.</summary>
    [Required, RegularExpression("^[a-z0-9-]+$")]
    public string Theme { get; set; } = "default";

    /// <summary>Public address used in canonical links, feeds and QR codes; the request's own when empty.</summary>
    [Url]
    public string? BaseUrl { get; set; }

    /// <summary>Where the seed content is read from; the copy beside the app when empty.</summary>
    public string? SeedDirectory { get; set; }

    /// <summary>Import the seed content into an empty database at start.</summary>
    public bool ImportSeed { get; set; } = true;

    /// <summary>Domain shown in the government meta tag <c>SiteDomain</c>.</summary>
    public string SiteDomain { get; set; } = "";

    /// <summary>政府网站标识码, shown in the footer and the <c>SiteIDCode</c> meta tag.</summary>
    public string SiteIdCode { get; set; } = "";

    /// <summary>ICP filing number (ICP备案号).</summary>
    public string IcpNumber { get; set; } = "";

    /// <summary>Public-security filing number (公安机关备案号).</summary>
    public string PublicSecurityNumber { get; set; } = "";

    public string Phone { get; set; } = "";

    public string Email { get; set; } = "";

    public string ResolveDataDirectory(string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(DataDirectory) ? DataDirectory : Path.Combine(contentRoot, DataDirectory));

    public string ResolveSeedDirectory() =>
        string.IsNullOrWhiteSpace(SeedDirectory) ? Path.Combine(AppContext.BaseDirectory, "content-seed") : Path.GetFullPath(SeedDirectory);

    public string ThemeAssetsDirectory => Path.Combine(AppContext.BaseDirectory, "themes", Theme, "assets");

    /// <summary>The Razor layout of the chosen theme, compiled into the app from <c>themes/&lt;theme&gt;/</c>.</summary>
    public string LayoutPath => $"/Themes/{Theme}/_Layout.cshtml";
}
