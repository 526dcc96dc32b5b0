namespace PublicSite.Cms.Publishing;

/// <summary>The notes the workflow itself writes on revisions, which the four-eyes rule reads back.</summary>
public static class RevisionNotes
{
    public const string Publication = "publish";

    public const string Withdrawal = "withdraw";
}
