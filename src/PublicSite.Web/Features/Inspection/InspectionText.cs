namespace PublicSite.Web.Features.Inspection;

/// <summary>Marker for the inspection panel's and mail's strings in <c>Resources/Features/Inspection/InspectionText.&lt;culture&gt;.resx</c>.</summary>
public sealed class InspectionText;
