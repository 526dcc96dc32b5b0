using PublicSite.Cms.Content.Types;

namespace PublicSite.Web.Features.Applications;

/// <summary>What an application needs to know of the call it is made to.</summary>
public sealed record CallReference(Guid ItemId, string Key, ProgrammeKind Kind, DateTimeOffset Deadline);
