using System.Security.Cryptography.X509Certificates;

namespace PublicSite.Web.Site;

/// <summary>
/// The certificate that encrypts the Data Protection keys at rest (section <c>DataProtection</c>). Those keys
/// decrypt applicants' ID and phone numbers and CVs; unencrypted, a copy of the data directory is all it takes.
/// </summary>
public sealed class KeyProtectionOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>A PFX file holding the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Or: the thumbprint of a certificate in the CurrentUser or LocalMachine "My" store.</summary>
    public string? CertificateThumbprint { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(CertificatePath) || !string.IsNullOrWhiteSpace(CertificateThumbprint);

    public X509Certificate2? LoadCertificate() => string.IsNullOrWhiteSpace(CertificatePath)
        ? null
        : X509CertificateLoader.LoadPkcs12FromFile(CertificatePath, CertificatePassword);
}
