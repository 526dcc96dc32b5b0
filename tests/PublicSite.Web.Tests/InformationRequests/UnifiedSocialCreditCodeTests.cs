using PublicSite.Web.Features.InformationRequests;

namespace PublicSite.Web.Tests.InformationRequests;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]   // the example of GB 32100-2015
    [InlineData("91110000600037341L")]
    [InlineData("9135 0100 M000 100Y 43")] // copied from a licence in groups
    [InlineData("91350100m000100y43")]
    public void A_code_with_the_right_check_character_is_accepted(string code) =>
        Assert.True(UnifiedSocialCreditCode.IsValid(code));

    [Theory]
    [InlineData("91350100M000100Y44")]   // wrong check character
    [InlineData("91350100M000100Y4")]    // 17 characters
    [InlineData("91350100M000100Y433")]  // 19 characters
    [InlineData("9135O100M000100Y43")]   // letter O where the division code has digits
    [InlineData("91350100I000100Y43")]   // I is not in the alphabet
    [InlineData("913501007162585920")]   // a plausible-looking code whose check character is D
    [InlineData("")]
    [InlineData(null)]
    public void A_code_that_fails_the_standard_is_refused(string? code) =>
        Assert.False(UnifiedSocialCreditCode.IsValid(code));

    [Fact]
    public void Swapping_two_characters_is_caught_by_the_check_character()
    {
        Assert.False(UnifiedSocialCreditCode.IsValid("91351000M000100Y43"));
        Assert.Equal('3', UnifiedSocialCreditCode.CheckCharacter("91350100M000100Y4"));
    }
}

public sealed class SeedCreditCodeTests
{
    private static readonly string Seed = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "content-seed"));

    /// <summary>Organisation codes of 18 characters in the seed are credit codes and must pass their check character.</summary>
    [Fact]
    public void Every_credit_code_in_the_seed_taxonomies_passes_the_check_character()
    {
        var codes = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(Seed, "taxonomies.yml")), "code: \"([0-9A-Z]{18})\"")
            .Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.True(UnifiedSocialCreditCode.IsValid(code), code));
    }
}
