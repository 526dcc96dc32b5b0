using System.Text.RegularExpressions;
using DiffPlex;

namespace PublicSite.Web.Features.Manager.Content.Revisions;

/// <summary>
/// A word-level diff of two texts for reading, not patching. Chinese has no spaces, so each Han character is a piece
/// (a word segmenter would sometimes cut a changed name differently in the two versions and mark more than changed);
/// Portuguese and Latin text go by whole words, so "Direcção" never shows as a diff of single letters.
/// </summary>
public static partial class TextDiff
{
    public static IReadOnlyList<DiffSegment> Of(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, ReadingChunker.Instance);
        var segments = new List<DiffSegment>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++)
            {
                Add(segments, DiffSegmentKind.Same, result.PiecesOld[a]);
            }
            for (var i = 0; i < block.DeleteCountA; i++)
            {
                Add(segments, DiffSegmentKind.Deleted, result.PiecesOld[a++]);
            }
            for (var b = block.InsertStartB; b < block.InsertStartB + block.InsertCountB; b++)
            {
                Add(segments, DiffSegmentKind.Inserted, result.PiecesNew[b]);
            }
        }
        for (; a < result.PiecesOld.Count; a++)
        {
            Add(segments, DiffSegmentKind.Same, result.PiecesOld[a]);
        }
        return segments;
    }

    /// <summary>Lists (attachments, one value per line) compared row by row: each row kept, removed or added.</summary>
    public static IReadOnlyList<DiffSegment> Rows(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: true, ignoreCase: false, new DiffPlex.Chunkers.LineChunker());
        var rows = new List<DiffSegment>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++)
            {
                rows.Add(new(DiffSegmentKind.Same, result.PiecesOld[a]));
            }
            for (var i = 0; i < block.DeleteCountA; i++)
            {
                rows.Add(new(DiffSegmentKind.Deleted, result.PiecesOld[a++]));
            }
            for (var b = block.InsertStartB; b < block.InsertStartB + block.InsertCountB; b++)
            {
                rows.Add(new(DiffSegmentKind.Inserted, result.PiecesNew[b]));
            }
        }
        for (; a < result.PiecesOld.Count; a++)
        {
            rows.Add(new(DiffSegmentKind.Same, result.PiecesOld[a]));
        }
        return rows.Where(r => r.Text.Trim().Length > 0).ToList();
    }

    /// <summary>Neighbouring pieces of one kind read as one mark: <c>&lt;del&gt;通知&lt;/del&gt;</c>, not two.</summary>
    private static void Add(List<DiffSegment> segments, DiffSegmentKind kind, string text)
    {
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }

    private sealed class ReadingChunker : IChunker
    {
        public static readonly ReadingChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text) => Pieces().Matches(text).Select(m => m.Value).ToArray();
    }

    // A Han character (with the extension blocks), a run of letters and digits, a run of spaces, or any one other character.
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\u3400-\u4DBF]|[\p{L}\p{M}\p{N}-[\p{IsCJKUnifiedIdeographs}\u3400-\u4DBF]]+|\s+|.", RegexOptions.Singleline)]
    private static partial Regex Pieces();
}

public enum DiffSegmentKind
{
    Same,
    Deleted,
    Inserted,
}

public sealed record DiffSegment(DiffSegmentKind Kind, string Text);
