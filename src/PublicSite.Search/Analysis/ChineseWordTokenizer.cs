namespace PublicSite.Search.Analysis;

/// <summary>Chinese words in jieba's search mode (a word and its known parts) from <see cref="ChineseDictionary"/>; other words whole.</summary>
internal sealed class ChineseWordTokenizer(TextReader input) : RunTokenizer(input)
{
    private readonly ChineseDictionary _dictionary = ChineseDictionary.Shared;
    private readonly List<(int Start, int End)> _words = [];

    protected override void OnHan(int start, int end)
    {
        _words.Clear();
        _dictionary.SearchWords(Text[start..end], _words);
        foreach (var (from, to) in _words)
        {
            Add(start + from, start + to, 1, "<WORD>");
        }
    }

    protected override char Fold(char c) => SearchFolding.Fold(c);
}
