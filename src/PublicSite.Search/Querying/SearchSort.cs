namespace PublicSite.Search.Querying;

public enum SearchSort
{
    Relevance,
    Date,
}
