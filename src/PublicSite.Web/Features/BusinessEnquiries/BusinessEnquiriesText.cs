namespace PublicSite.Web.Features.BusinessEnquiries;

/// <summary>Marker for the enquiries' UI strings in <c>Resources/Features/BusinessEnquiries/BusinessEnquiriesText.&lt;culture&gt;.resx</c>.</summary>
public sealed class BusinessEnquiriesText;
