namespace PublicSite.Search.Benchmark;

/// <summary>The fixed mix of queries timed by the benchmark, with the language each is searched in (null: both).</summary>
internal static class QueryMix
{
    public static IReadOnlyList<(string Query, string? Language)> Create(IReadOnlyList<string> indexNumbers) =>
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
        // index and document numbers
        (indexNumbers[0], null), (indexNumbers[1], "zh-CN"), (indexNumbers[2].Replace('/', '-'), null), ("常港发〔2017〕12号", "zh-CN"),
    ];
}
