namespace PublicSite.Web.Features.Programmes;

/// <summary>Marker for the programme calls' and applications' UI strings in <c>Resources/Features/Programmes/ProgrammesText.&lt;culture&gt;.resx</c>.</summary>
public sealed class ProgrammesText;
