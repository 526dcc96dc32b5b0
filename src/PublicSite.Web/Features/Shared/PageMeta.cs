using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Shared;

/// <summary>What the layout needs to know of the page being rendered: titles, canonical and alternate URLs, meta tags.</summary>
public sealed class PageMeta
{
    public SiteLanguage Language { get; set; } = SiteLanguage.Chinese;

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>The title social networks show when the page is shared, when an editor wrote one; else <see cref="Title"/>.</summary>
    public string? SocialTitle { get; set; }

    /// <summary>Path of this page (e.g. <c>/zh/disclosure/…</c>); made absolute by the layout.</summary>
    public string? CanonicalPath { get; set; }

    /// <summary>This page in every language it exists in, including its own.</summary>
    public Dictionary<SiteLanguage, string> Alternates { get; } = [];

    /// <summary>Where the language switcher goes: the other language's version, or a page saying there is none.</summary>
    public string? SwitchPath { get; set; }

    /// <summary>The URL section the page belongs to, for the navigation and the <c>ColumnName</c> meta tag.</summary>
    public string? Section { get; set; }

    public string? ColumnName { get; set; }

    public DateOnly? PublishedOn { get; set; }

    /// <summary>When the page went live on this site (UTC), for the time in the <c>PubDate</c> meta tag.</summary>
    public DateTime? PublishedAtUtc { get; set; }

    public string? ContentSource { get; set; }

    public string? Keywords { get; set; }

    public bool NoIndex { get; set; }

    /// <summary>An editor's preview of unpublished text.</summary>
    public bool IsPreview { get; set; }

    /// <summary>Forgets what a failed page had set, so that the error page re-executed in its place starts clean.</summary>
    public void Reset(SiteLanguage language)
    {
        Language = language;
        Title = "";
        Description = null;
        SocialTitle = null;
        CanonicalPath = null;
        Alternates.Clear();
        SwitchPath = null;
        Section = null;
        ColumnName = null;
        PublishedOn = null;
        PublishedAtUtc = null;
        ContentSource = null;
        Keywords = null;
        NoIndex = false;
        IsPreview = false;
    }

    /// <summary>Sets the canonical path and alternates of a page that exists in both languages at the same path.</summary>
    public void ForBothLanguages(SiteLanguage language, string pathAfterLanguage)
    {
        Language = language;
        foreach (var each in SiteLanguage.All)
        {
            Alternates[each] = $"/{each.Code}{pathAfterLanguage}";
        }
        CanonicalPath = Alternates[language];
        SwitchPath = Alternates[language.Other];
    }
}
