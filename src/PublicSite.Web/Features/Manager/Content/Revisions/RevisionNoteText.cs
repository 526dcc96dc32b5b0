using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Features.Manager.Content.Revisions;

/// <summary>
/// The notes the workflow writes are stored as fixed keys ("publish", "restored revision 2") because the four-eyes
/// rule reads them back; the history shows them in the reader's language. An editor's own note is shown as written.
/// </summary>
public static partial class RevisionNoteText
{
    public static string Of(IStringLocalizer<ReviewText> text, string? note) => note switch
    {
        null => "",
        RevisionNotes.Publication => text["Note_publish"],
        RevisionNotes.Withdrawal => text["Note_withdraw"],
        "draft" => text["Note_draft"],
        _ when Restored().Match(note) is { Success: true } m => text["Note_restored", m.Groups[1].Value],
        _ when note.StartsWith("approved by ", StringComparison.Ordinal) => text["Note_approved", note["approved by ".Length..]],
        _ => note,
    };

    [GeneratedRegex(@"^restored revision (\d+)$")]
    private static partial Regex Restored();
}
