namespace PublicSite.Web.Features.Manager.Inbox;

/// <summary>One heading of the inbox and its entries, for the <c>_InboxSection</c> partial.</summary>
public sealed record InboxSection(string Key, string Heading, IReadOnlyList<InboxEntry> Entries);
