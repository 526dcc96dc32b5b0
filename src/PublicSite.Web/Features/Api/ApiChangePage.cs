using System.ComponentModel;

namespace PublicSite.Web.Features.Api;

[Description("A batch of the change feed in order, with the cursor to continue from.")]
public sealed record ApiChangePage(
    [property: Description("Events after 'since', oldest first.")] IReadOnlyList<ApiChange> Changes,
    [property: Description("Cursor to pass as 'since' next time: the position of the last event returned, or 'since' when none.")] long Cursor,
    [property: Description("Whether more events follow at once; if false, poll again later with the cursor.")] bool HasMore,
    [property: Description("Absolute URL of the next batch.")] string Next) : ILastModified
{
    DateTimeOffset? ILastModified.LastModified => Changes.Count == 0 ? null : Changes.Max(c => c.OccurredAt);
}
