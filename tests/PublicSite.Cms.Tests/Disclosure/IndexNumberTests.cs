using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Disclosure;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Taxonomy;

namespace PublicSite.Cms.Tests.Disclosure;

public sealed class IndexNumberTests : IAsyncLifetime
{
    private const string OfficeCode = "014109568";
    private const string ParkCreditCode = "11320412MB0F372650";
    private CmsDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await CmsDatabase.CreateAsync();
        await _db.WithAsync(async s =>
        {
            var db = s.GetRequiredService<CmsDbContext>();
            db.Terms.AddRange(
                new TaxonomyTerm { Taxonomy = Taxonomies.Organisations, Key = "fao", NameZh = "市外事办", NamePt = "GAE", Code = OfficeCode },
                new TaxonomyTerm { Taxonomy = Taxonomies.Organisations, Key = "wujin-park", NameZh = "园区管委会", NamePt = "Parque", Code = ParkCreditCode },
                new TaxonomyTerm { Taxonomy = Taxonomies.DisclosureCategories, Key = "policy", NameZh = "政策文件", NamePt = "Política" });
            return await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<ContentVariant> SaveAsync(DisclosedDocument document, Guid? itemId = null, string title = "公开文件") =>
        _db.WithAsync(s => s.GetRequiredService<ContentService>().SaveAsync(new ContentEdit
        {
            ItemId = itemId, TypeKey = "disclosure", Language = "zh-CN", Title = title, Fields = document,
        }, "editor", null, CancellationToken.None));

    private static DisclosedDocument Document(string organisation = "fao", int year = 2026, string indexNumber = "", string? documentNumber = null) => new()
    {
        IndexNumber = indexNumber, IssuingBody = organisation, Category = "policy",
        PublicationDate = new DateOnly(year, 3, 1), DocumentNumber = documentNumber,
    };

    private Task<string?> IndexNumberOfAsync(ContentVariant variant) =>
        _db.WithAsync(s => s.GetRequiredService<CmsDbContext>().Items.Where(i => i.Id == variant.ItemId).Select(i => i.IndexNumber).SingleAsync());

    [Fact]
    public async Task New_documents_are_numbered_per_organisation_and_year()
    {
        var first = await SaveAsync(Document());
        var second = await SaveAsync(Document());
        var otherYear = await SaveAsync(Document(year: 2025));
        var otherBody = await SaveAsync(Document(organisation: "wujin-park"));

        Assert.Equal("014109568/2026-00001", await IndexNumberOfAsync(first));
        Assert.Equal("014109568/2026-00002", await IndexNumberOfAsync(second));
        Assert.Equal("014109568/2025-00001", await IndexNumberOfAsync(otherYear));
        Assert.Equal("11320412MB0F372650/2026-00001", await IndexNumberOfAsync(otherBody));
        Assert.Equal("014109568-2026-00002", second.Slug);
    }

    [Fact]
    public async Task Concurrent_creations_never_get_the_same_number()
    {
        var variants = await Task.WhenAll(Enumerable.Range(0, 24).Select(n => Task.Run(() => SaveAsync(Document(), title: $"并发文件{n}"))));

        var numbers = await Task.WhenAll(variants.Select(IndexNumberOfAsync));
        Assert.Equal(24, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 24).Select(n => $"014109568/2026-{n:D5}").Order(), numbers.Order());
    }

    [Fact]
    public async Task An_imported_number_is_kept_and_later_numbers_follow_it()
    {
        var imported = await SaveAsync(Document(year: 2017, indexNumber: "014109568/2017-00012"));
        var next = await SaveAsync(Document(year: 2017));

        Assert.Equal("014109568/2017-00012", await IndexNumberOfAsync(imported));
        Assert.Equal("014109568/2017-00013", await IndexNumberOfAsync(next));
    }

    [Fact]
    public async Task A_deleted_documents_number_is_never_given_again()
    {
        var first = await SaveAsync(Document());
        await _db.WithAsync(async s => { await s.GetRequiredService<ContentService>().DeleteAsync(first.ItemId, default); return 0; });

        var next = await SaveAsync(Document());

        Assert.Equal("014109568/2026-00002", await IndexNumberOfAsync(next));
    }

    [Fact]
    public async Task An_assigned_number_cannot_be_changed()
    {
        var variant = await SaveAsync(Document());

        var error = await Assert.ThrowsAsync<ContentValidationException>(() =>
            SaveAsync(Document(indexNumber: "014109568/2026-00099"), variant.ItemId));

        Assert.Contains(error.Errors, e => e.ErrorMessage == ValidationMessages.IndexNumberFixed);
        Assert.Equal("014109568/2026-00001", await IndexNumberOfAsync(variant));
    }

    [Theory]
    [InlineData("014109568/2026-00001", ValidationMessages.IndexNumberTaken)]
    [InlineData("11320412MB0F372650/2026-00005", ValidationMessages.IndexNumberOrganisation)]
    [InlineData("01410956/2026-00001", ValidationMessages.IndexNumberShape)]
    [InlineData("014109568/26-1", ValidationMessages.IndexNumberShape)]
    public async Task An_imported_number_must_be_well_formed_free_and_the_issuing_bodys(string indexNumber, string message)
    {
        await SaveAsync(Document());

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => SaveAsync(Document(indexNumber: indexNumber)));

        Assert.Contains(error.Errors, e => e.ErrorMessage == message);
    }

    [Theory]
    [InlineData("常港发〔2017〕1号", true)]
    [InlineData("常外发〔2020〕12号", true)]
    [InlineData("苏澳园管〔2025〕103号", true)]
    [InlineData("常港发[2017]1号", false)]
    [InlineData("常港发〔17〕1号", false)]
    [InlineData("常港发〔2017〕第1号", false)]
    [InlineData("CZ-2017-1", false)]
    public async Task Document_numbers_must_have_the_GB_T_9704_shape(string documentNumber, bool valid)
    {
        var save = SaveAsync(Document(documentNumber: documentNumber));

        if (valid)
        {
            await save;
        }
        else
        {
            var error = await Assert.ThrowsAsync<ContentValidationException>(() => save);
            Assert.Contains(error.Errors, e => e.ErrorMessage == ValidationMessages.DocumentNumberShape);
        }
    }

    [Fact]
    public async Task An_unknown_issuing_body_or_category_is_refused()
    {
        var error = await Assert.ThrowsAsync<ContentValidationException>(() =>
            SaveAsync(new DisclosedDocument { IssuingBody = "nobody", Category = "nothing", PublicationDate = new DateOnly(2026, 1, 1) }));

        Assert.Equal(
            [nameof(DisclosedDocument.Category), nameof(DisclosedDocument.IssuingBody)],
            error.Errors.Where(e => e.ErrorMessage == ValidationMessages.UnknownTerm).SelectMany(e => e.MemberNames).Order());
    }
}
