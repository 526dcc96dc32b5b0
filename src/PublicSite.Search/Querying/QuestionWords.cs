using PublicSite.Search.Analysis;

namespace PublicSite.Search.Querying;

/// <summary>
/// Words that ask rather than name (怎么, 什么地方, 有没有; como, onde, posso): a visitor types them, documents
/// answer without them, so a query never requires them. A query made only of them keeps them.
/// </summary>
internal static class QuestionWords
{
    /// <summary>
    /// Question phrases cut out of Chinese text before segmentation, longest first: 什么地方 must go whole (地方 alone
    /// names something), and 有没有 is one token to jieba but 没有 is another.
    /// </summary>
    private static readonly string[] ChinesePhrases =
    [
        "什么地方", "什么时候", "怎么样", "怎么办", "为什么", "有没有", "能不能", "可不可以", "是不是", "要不要", "在哪里", "在哪儿",
        "怎么", "如何", "怎样", "哪些", "哪里", "哪儿", "哪个", "什么", "是否", "能否", "可否", "请问", "多少", "几时",
    ];

    /// <summary>Function words that jieba gives as words of their own.</summary>
    private static readonly HashSet<string> ChineseWords = new(StringComparer.Ordinal)
    {
        "的", "在", "吗", "呢", "吧", "啊", "了", "么", "是", "有", "和", "与", "及", "或", "我", "我们", "你", "您", "要", "去",
        "可以", "需要", "应该", "能", "会", "想", "一下", "得", "地", "着", "把", "被", "给", "对", "向", "从", "到", "怎", "哪", "几",
    };

    /// <summary>Portuguese question and modal words, without accents (Lucene's stop list has como, quando, que…).</summary>
    private static readonly HashSet<string> PortugueseWords = new(StringComparer.Ordinal)
    {
        "como", "qual", "quais", "quanto", "quantos", "quanta", "quantas", "onde", "aonde", "quando", "quem", "porque",
        "que", "posso", "pode", "podem", "podemos", "devo", "deve", "devem", "preciso", "precisa", "ha", "existe", "existem",
        "e", "sao", "ser", "fazer", "faco", "obter", "saber", "quero", "queria",
    };

    /// <summary>The Chinese text with its question phrases replaced by spaces.</summary>
    public static string WithoutChineseQuestions(string text)
    {
        foreach (var phrase in ChinesePhrases)
        {
            if (text.Contains(phrase, StringComparison.Ordinal))
            {
                text = text.Replace(phrase, " ", StringComparison.Ordinal);
            }
        }
        return text;
    }

    public static bool IsChineseFunctionWord(string word) => ChineseWords.Contains(word) || ChinesePhrases.Contains(word, StringComparer.Ordinal);

    /// <summary>A Latin word (lower case, accents dropped) that only asks.</summary>
    public static bool IsPortugueseQuestionWord(string word) => PortugueseWords.Contains(SearchFolding.Fold(word));
}
