using PublicSite.Cms.Content;

namespace PublicSite.Cms.Reading;

/// <summary>What <see cref="PublishedContent.NewestAsync"/> is asked for; absent filters select everything.</summary>
public sealed record NewestQuery(
    ContentTypeDescriptor? Type = null,
    SiteLanguage? Language = null,
    DateTime? UpdatedSince = null,
    PublicationPosition? After = null,
    int Skip = 0,
    int Take = 20,
    bool CountTotal = false);

/// <summary>A place in the newest-first order: a variant's publication time and id.</summary>
public sealed record PublicationPosition(DateTime PublishAt, Guid VariantId);
