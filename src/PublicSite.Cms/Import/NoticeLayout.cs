using PublicSite.Cms.Content.Types;

namespace PublicSite.Cms.Import;

/// <summary>Walks a notice's blocks in order and tells its parts apart by GB/T 9704's layout and wording.</summary>
internal sealed class NoticeLayout
{
    private readonly List<ImportedParagraph> _paragraphs = [];
    private readonly List<(string Markdown, bool ListItem)> _body = [];
    private readonly List<string> _names = [];
    private readonly List<string> _signature = [];
    private readonly List<string> _attachments = [];
    private readonly List<string> _title = [];
    private int _titleSize;
    private bool _inHead = true;
    private bool _inAttachmentNotes;
    private string? _documentNumber;
    private string? _addressees;
    private DateOnly? _dateCreated;
    private DisclosureMethod? _method;
    private NoticePart _last = NoticePart.Unknown;

    public ImportedNotice Read(IReadOnlyList<DocxBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Text.Length == 0 && block.Images.Count == 0 && block.Table is null)
            {
                continue;
            }
            if (_inHead && Head(block))
            {
                continue;
            }
            _inHead = false;
            Main(block);
        }
        return new ImportedNotice
        {
            Title = string.Concat(_title),
            DocumentNumber = _documentNumber,
            IssuingBodyNames = _names,
            Addressees = _addressees,
            Signature = _signature,
            DateCreated = _dateCreated,
            DisclosureMethod = _method,
            AttachmentNotes = _attachments,
            Body = Join(),
            Paragraphs = _paragraphs,
        };
    }

    /// <summary>Masthead, 发文字号 and title, before the first part of the body; false once the body begins.</summary>
    private bool Head(DocxBlock block)
    {
        if (block.Table is not null || block.Images.Count > 0)
        {
            return false;
        }
        if (_title.Count == 0 && _documentNumber is null && DocumentNumber(block.Text) is { } number)
        {
            _documentNumber = number;
            return Add(block, NoticePart.DocumentNumber, null);
        }
        if (_title.Count == 0 && (block.Red || block.Text.EndsWith("文件", StringComparison.Ordinal)) && block.Centered)
        {
            _names.Add(block.Text.EndsWith("文件", StringComparison.Ordinal) ? block.Text[..^2].Trim() : block.Text);
            return Add(block, NoticePart.Masthead, null);
        }
        if (block.Centered || block.HeadingStyle == 0)
        {
            // A long title is set on two or three centred lines of the same size.
            if (_title.Count > 0 && block.FontSize != _titleSize)
            {
                return false;
            }
            _title.Add(block.Text);
            _titleSize = block.FontSize;
            return Add(block, NoticePart.Title, null);
        }
        if (_title.Count == 0)
        {
            // No centred title: the first line is taken for it, and shown highlighted for the editor to check.
            _title.Add(block.Text);
            _inHead = false;
            return Add(block, NoticePart.Title, null, recognised: false);
        }
        return false;
    }

    private void Main(DocxBlock block)
    {
        var text = block.Text;
        if (block.Table is { } table)
        {
            Body(block, NoticePart.Table, table);
            return;
        }
        if (text.Length == 0)
        {
            Body(block, NoticePart.Image, block.Inline);
            return;
        }
        if (block.Unusual)
        {
            Body(block, NoticePart.Unknown, Plain(block), recognised: false);
            return;
        }
        var attachment = NoticeReader.AttachmentNote().Match(text);
        if (attachment.Success)
        {
            _inAttachmentNotes = true;
            _attachments.Add(attachment.Groups["rest"].Value.Trim());
            Body(block, NoticePart.AttachmentNote, Plain(block), keepAttachmentNotes: true);
            return;
        }
        if (_inAttachmentNotes && NoticeReader.ThirdLevel().IsMatch(text) && !block.RightAligned)
        {
            _attachments.Add(NoticeReader.ThirdLevel().Replace(text, "").Trim());
            Body(block, NoticePart.AttachmentNote, Plain(block), keepAttachmentNotes: true);
            return;
        }
        if (NoticeReader.Publicity().Match(text) is { Success: true } publicity)
        {
            _method = publicity.Groups["how"].Value == "依申请公开" ? DisclosureMethod.OnRequest : DisclosureMethod.Proactive;
            Body(block, NoticePart.Publicity, Plain(block));
            return;
        }
        if (NoticeReader.Colophon().IsMatch(text) && !block.Centered)
        {
            // 版记 (抄送, 印发机关和印发日期) is for the paper copy's distribution, not for readers of the page.
            Add(block, NoticePart.Colophon, null);
            return;
        }
        var date = OfficialDate.Parse(text);
        if (block.RightAligned || (date is not null && _last == NoticePart.Signature))
        {
            if (date is not null)
            {
                _dateCreated ??= date;
                Body(block, NoticePart.DateCreated, Plain(block));
            }
            else
            {
                _signature.Add(text);
                _names.Add(text);
                Body(block, NoticePart.Signature, Plain(block));
            }
            return;
        }
        if (_addressees is null && _body.Count == 0 && (text.EndsWith('：') || text.EndsWith(':')) && text.Length <= 200)
        {
            _addressees = text[..^1];
            Body(block, NoticePart.Addressees, Plain(block));
            return;
        }
        if (block.List is { } list)
        {
            var indent = new string(' ', 3 * list.Level);
            Body(block, NoticePart.ListItem, indent + (list.Ordered ? "1. " : "- ") + block.Inline, listItem: true);
            return;
        }
        if (Heading(block) is { } heading)
        {
            Body(block, NoticePart.Heading, heading);
            return;
        }
        Body(block, NoticePart.Paragraph, Plain(block));
    }

    /// <summary>
    /// A heading stands alone: 一、 is ###, （一） ####, 1. #####, （1） ######, and a centred line in the body (the title
    /// of a document the notice issues) ##. A numbered line that runs on into sentences is a paragraph.
    /// </summary>
    private static string? Heading(DocxBlock block)
    {
        var text = block.Text;
        var standalone = text.Length <= 60 && !text[..^1].Contains('。', StringComparison.Ordinal);
        if (block.Centered)
        {
            return "## " + text;
        }
        int? level = !standalone ? null
            : NoticeReader.FirstLevel().IsMatch(text) ? 3
            : NoticeReader.SecondLevel().IsMatch(text) ? 4
            : NoticeReader.ThirdLevel().IsMatch(text) ? 5
            : NoticeReader.FourthLevel().IsMatch(text) ? 6
            : block.HeadingStyle is { } style and > 0 ? Math.Min(6, style + 2)
            : null;
        return level is { } n ? new string('#', n) + " " + text : null;
    }

    private static string? DocumentNumber(string text)
    {
        // An upward document puts 签发人 on the same line as its number.
        var first = text.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return DocumentNumberText.Normalise(text) ?? DocumentNumberText.Normalise(first);
    }

    private static string Plain(DocxBlock block) =>
        NoticeReader.MarkdownStart().IsMatch(block.Inline) ? "\\" + block.Inline : block.Inline;

    private void Body(DocxBlock block, NoticePart part, string markdown, bool recognised = true, bool listItem = false, bool keepAttachmentNotes = false)
    {
        _inAttachmentNotes = keepAttachmentNotes;
        _body.Add((markdown, listItem));
        Add(block, part, markdown, recognised);
    }

    private bool Add(DocxBlock block, NoticePart part, string? markdown, bool recognised = true)
    {
        _paragraphs.Add(new ImportedParagraph(block.Table is null ? block.Text : block.Table, part, markdown, recognised));
        _last = part;
        return true;
    }

    private string Join()
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < _body.Count; i++)
        {
            if (i > 0)
            {
                text.Append(_body[i].ListItem && _body[i - 1].ListItem ? "\n" : "\n\n");
            }
            text.Append(_body[i].Markdown);
        }
        return text.ToString();
    }
}
