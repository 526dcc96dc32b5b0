using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.Applications;

/// <summary>Where applicants' CVs are kept, each encrypted, one file per application, under the data directory.</summary>
public sealed class CvStorage(PersonalDataStorage storage)
{
    public string CvDirectory => Path.Combine(storage.DataDirectory, "applications", "cv");

    public string CvPath(Guid applicationId) => Path.Combine(CvDirectory, applicationId.ToString("N") + ".pdf.protected");
}
