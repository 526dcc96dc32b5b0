namespace PublicSite.Cms.Import;

/// <summary>A file that is not a readable, macro-free .docx; <see cref="Reason"/> is a message key (DocxBroken, DocxEncrypted, DocxMacros).</summary>
public sealed class NoticeRejectedException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
