namespace PublicSite.Web.Features.Manager.Inbox;

/// <summary>
/// One heading of the inbox and its entries, for the <c>_InboxSection</c> partial; a <paramref name="Selectable"/>
/// section (the publisher's review queue) has a tick box per entry and a "publish selected" button.
/// </summary>
public sealed record InboxSection(string Key, string Heading, IReadOnlyList<InboxEntry> Entries, bool Selectable = false);
