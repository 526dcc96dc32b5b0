namespace PublicSite.Web.Features.InformationRequests;

/// <summary>Marker for the requests' UI strings in <c>Resources/Features/InformationRequests/InformationRequestsText.&lt;culture&gt;.resx</c>.</summary>
public sealed class InformationRequestsText;
