using PublicSite.Cms.Content;

namespace PublicSite.Cms.Publishing;

/// <summary>
/// The item's shared fields as one variant's unapproved work would change them: its pending change to a live
/// page, or the draft of a language that is not live yet. What the editor reopens, the preview shows and the
/// publisher reviews beside the live values.
/// </summary>
public static class SharedFieldProposal
{
    /// <summary>Only the shared fields that would change (JSON), or null when none would. Needs the variant's item.</summary>
    public static string? ChangesOf(ContentVariant variant) =>
        PendingEdit.FromJson(variant.PendingEdit) is { } pending
            ? ContentFields.Changes(variant.Item.SharedFields, ContentFields.Overlay(variant.Item.SharedFields, pending.SharedFields))
            : variant.PendingSharedFields;

    /// <summary>Every shared field as it would be once the variant's work is approved.</summary>
    public static string ProposedBy(ContentVariant variant) =>
        ContentFields.Overlay(variant.Item.SharedFields, ChangesOf(variant));
}
