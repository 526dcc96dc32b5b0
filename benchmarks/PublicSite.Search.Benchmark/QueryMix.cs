namespace PublicSite.Search.Benchmark;

/// <summary>The fixed mix of queries timed by the benchmark, with the language each is searched in (null: both).</summary>
internal static class QueryMix
{
    /// <summary>The mix, with index and document numbers taken from the corpus so that each finds its document.</summary>
    public static IReadOnlyList<(string Query, string? Language)> Create(IReadOnlyList<Indexing.SearchDocument> corpus)
    {
        var chinese = corpus.Where(d => d.IndexNumber is not null && d.Language == "zh-CN").ToList();
        var any = corpus.Where(d => d.IndexNumber is not null).ToList();
        var documentNumber = chinese.First(d => d.DocumentNumber is not null).DocumentNumber!;
        return Create([any[0].IndexNumber!, chinese[1].IndexNumber!, any[2].IndexNumber!], documentNumber);
    }

    private static IReadOnlyList<(string Query, string? Language)> Create(IReadOnlyList<string> indexNumbers, string documentNumber) =>
    [
        // Chinese words and phrases
        ("港澳", "zh-CN"), ("合作", "zh-CN"), ("苏澳合作园区", "zh-CN"), ("港澳同胞子女", "zh-CN"), ("葡语国家", "zh-CN"),
        ("青年 实习", "zh-CN"), ("工作要点", "zh-CN"), ("身份认定", "zh-CN"), ("西太湖 园区", "zh-CN"), ("经贸合作交流", "zh-CN"),
        // single characters
        ("澳", "zh-CN"), ("港", "zh-CN"), ("园", "zh-CN"),
        // Traditional input
        ("蘇澳合作園區", "zh-CN"), ("港澳青年實習", "zh-CN"), ("澳門", "zh-CN"), ("葡語國家", "zh-CN"),
        // Portuguese with and without accents
        ("cooperação", "pt-PT"), ("cooperacao", "pt-PT"), ("estágios", "pt-PT"), ("estagio", "pt-PT"),
        ("Países de Língua Portuguesa", "pt-PT"), ("paises lingua portuguesa", "pt-PT"), ("Macau", null), ("empreendedorismo jovens", "pt-PT"),
        // questions as visitors type them (question words left out; when no text holds every word, most of them)
        ("港澳同胞的孩子在常州读书怎么认定身份", "zh-CN"), ("苏澳合作园区在什么地方", "zh-CN"), ("实习有没有住宿补贴", "zh-CN"),
        ("如何报名暑期实习", "zh-CN"), ("澳门企业怎样参加对接会", "zh-CN"), ("como candidatar ao estágio", "pt-PT"),
        // typos (corrected against the index's terms), the other spelling, Portuguese over both languages (bridge)
        ("estagio de veraõ", "pt-PT"), ("emprendedorismo", "pt-PT"), ("cooperaçao juvenil macao", "pt-PT"), ("projeto de incubação", "pt-PT"),
        ("Parque de Cooperação", null), ("orçamento", null),
        // index and document numbers
        (indexNumbers[0], null), (indexNumbers[1], "zh-CN"), (indexNumbers[2].Replace('/', '-'), null), (documentNumber.Replace('〔', '[').Replace('〕', ']'), "zh-CN"),
    ];
}
