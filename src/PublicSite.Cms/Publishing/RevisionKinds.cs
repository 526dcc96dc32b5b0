namespace PublicSite.Cms.Publishing;

/// <summary>Revisions that are not history (<see cref="Content.ContentRevision.Kind"/>).</summary>
public static class RevisionKinds
{
    public const string Autosave = "autosave";
}
