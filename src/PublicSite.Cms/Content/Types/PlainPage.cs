namespace PublicSite.Cms.Content.Types;

/// <summary>A plain page: about, contact, Lusophone enterprise services, accessibility statement.</summary>
[ContentType("page", "pages")]
public sealed class PlainPage
{
    /// <summary>Position in the footer menu; absent means not listed.</summary>
    [Field(FieldScope.Shared, Label = "MenuPosition")]
    public int? Menu { get; set; }
}
