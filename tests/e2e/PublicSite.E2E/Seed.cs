namespace PublicSite.E2E;

/// <summary>What the tests expect to find: facts of <c>content-seed/</c> and of the site's UI text.</summary>
internal static class Seed
{
    public const string NoticeTitleZh = "关于印发《2017年全市港澳工作要点》的通知";
    public const string NoticePathZh = "/zh/disclosure/014109568-2017-00012";
    public const string NoticePathPt = "/pt/disclosure/014109568-2017-00012";
    public const string NoticeTitlePt =
        "Aviso sobre a publicação dos «Pontos Principais do Trabalho de 2017 relativo a Hong Kong e Macau no Município»";

    public const string HomeZh = "/zh/";
    public const string HomePt = "/pt/";
    public const string CatalogueZh = "/zh/disclosure/catalogue";
    public const string CataloguePt = "/pt/disclosure/catalogue";

    /// <summary>The day the site believes it is (see <see cref="Infrastructure.SeedClock"/>): both 2027 calls are open.</summary>
    public static readonly DateTimeOffset Today = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

    public const string InternshipTitleZh = "2027年香港澳门大学生暑期来常实习计划";
    public const string InternshipApplyZh = "/zh/programmes/2027年香港澳门大学生暑期来常实习计划/apply";
    public const string EntrepreneurshipTitlePt =
        "Candidaturas de 2027 à incubação de projectos de empreendedorismo de jovens de Hong Kong e Macau no Parque de Cooperação Jiangsu-Macau";
    public const string EntrepreneurshipApplyPt = "/pt/programmes/incubacao-empreendedorismo-jovens-parque-jiangsu-macau-2027/apply";
    public const string GuidanceZh = "/zh/guidance/在常就读港澳同胞子女身份认定";
    public const string GuidancePt = "/pt/guidance/reconhecimento-de-identidade-filhos-compatriotas-hong-kong-macau";

    /// <summary>The first administrator the e2e site is started with (Site:AdminEmail / Site:AdminPassword).</summary>
    public const string AdminEmail = "admin@gaob.example.gov.cn";
    public const string AdminPassword = "E2e-Admin-Pa55word!";

    public const string MainNavigationZh = "主导航";
    public const string DisclosureZh = "政府信息公开";
    public const string LatestNoticesZh = "最新公开信息";
}
