namespace PublicSite.Web.Features.Manager.Content;

/// <summary>Marker for the content form's own strings (hints, sections, pickers, toolbar) in <c>Resources/Features/Manager/Content/FormText.&lt;culture&gt;.resx</c>.</summary>
public sealed class FormText;
