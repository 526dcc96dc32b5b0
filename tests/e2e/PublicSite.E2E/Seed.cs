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
    public const string CatalogueZh = "/zh/disclosure";
    public const string CataloguePt = "/pt/disclosure";

    public const string MainNavigationZh = "主导航";
    public const string DisclosureZh = "政府信息公开";
    public const string LatestNoticesZh = "最新公开信息";
}