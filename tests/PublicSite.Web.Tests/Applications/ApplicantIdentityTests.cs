using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Tests.Applications;

public sealed class ApplicantIdentityTests
{
    [Theory]
    [InlineData(IdDocumentType.MainlandTravelPermit, "H12345678")]
    [InlineData(IdDocumentType.MainlandTravelPermit, "m 1234 5678")]
    [InlineData(IdDocumentType.MainlandTravelPermit, "H1234567890")]
    [InlineData(IdDocumentType.ResidencePermit, "810000199001011230")]
    [InlineData(IdDocumentType.ResidencePermit, "820000200001010016")]
    [InlineData(IdDocumentType.HongKongIdentityCard, "A123456(3)")]
    [InlineData(IdDocumentType.HongKongIdentityCard, "a1234563")]
    [InlineData(IdDocumentType.HongKongIdentityCard, "AB987654(3)")]
    [InlineData(IdDocumentType.MacauIdentityCard, "1234567(8)")]
    [InlineData(IdDocumentType.MacauIdentityCard, "5/215299/8")]
    [InlineData(IdDocumentType.Passport, "K12345678")]
    [InlineData(IdDocumentType.Passport, "EA1234567")]
    public void Numbers_in_the_format_of_their_document_are_accepted(IdDocumentType type, string number) =>
        Assert.True(ApplicantIdentity.IsValid(type, number), $"{type} {number}");

    [Theory]
    [InlineData(IdDocumentType.MainlandTravelPermit, "C12345678")]
    [InlineData(IdDocumentType.MainlandTravelPermit, "H1234567")]
    [InlineData(IdDocumentType.MainlandTravelPermit, "A123456(3)")]
    [InlineData(IdDocumentType.ResidencePermit, "810000199001011234")]
    [InlineData(IdDocumentType.ResidencePermit, "320102199001011236")]
    [InlineData(IdDocumentType.ResidencePermit, "81000019900101123")]
    [InlineData(IdDocumentType.HongKongIdentityCard, "A123456(4)")]
    [InlineData(IdDocumentType.HongKongIdentityCard, "123456(3)")]
    [InlineData(IdDocumentType.HongKongIdentityCard, "H12345678")]
    [InlineData(IdDocumentType.MacauIdentityCard, "2234567(8)")]
    [InlineData(IdDocumentType.MacauIdentityCard, "123456(7)")]
    [InlineData(IdDocumentType.Passport, "ABCDEFG")]
    [InlineData(IdDocumentType.Passport, "12345")]
    [InlineData(IdDocumentType.Passport, "")]
    public void Numbers_not_in_the_format_of_their_document_are_refused(IdDocumentType type, string number) =>
        Assert.False(ApplicantIdentity.IsValid(type, number), $"{type} {number}");

    [Theory]
    [InlineData("H12345678", "H1*****78")]
    [InlineData("A123456(3)", "A1****63")]
    [InlineData("810000199001011230", "81**************30")]
    [InlineData("1234", "****")]
    public void Masking_shows_only_the_first_two_and_last_two_characters(string number, string masked) =>
        Assert.Equal(masked, PersonalDataMask.Identifier(number));

    [Theory]
    [InlineData(PhoneRegion.HongKong, "9123 4567", "91234567")]
    [InlineData(PhoneRegion.HongKong, "+852 2123-4567", "21234567")]
    [InlineData(PhoneRegion.Macau, "6612 3456", "66123456")]
    [InlineData(PhoneRegion.Macau, "+853 2888 1234", "28881234")]
    [InlineData(PhoneRegion.Macau, "00853 66123456", "66123456")]
    [InlineData(PhoneRegion.Mainland, "139 1234 5678", "13912345678")]
    [InlineData(PhoneRegion.Mainland, "+86 139-1234-5678", "13912345678")]
    public void Phone_numbers_of_each_region_are_accepted_with_or_without_country_code(PhoneRegion region, string input, string national) =>
        Assert.Equal(national, ApplicantPhone.National(region, input));

    [Theory]
    [InlineData(PhoneRegion.HongKong, "1234 5678")]
    [InlineData(PhoneRegion.HongKong, "9123 456")]
    [InlineData(PhoneRegion.HongKong, "+853 6612 3456")]
    [InlineData(PhoneRegion.Macau, "9123 4567")]
    [InlineData(PhoneRegion.Macau, "2912 3456")]
    [InlineData(PhoneRegion.Mainland, "1234 5678")]
    [InlineData(PhoneRegion.Mainland, "12912345678")]
    [InlineData(PhoneRegion.Mainland, "+852 13912345678")]
    public void Phone_numbers_not_of_the_chosen_region_are_refused(PhoneRegion region, string input) =>
        Assert.Null(ApplicantPhone.National(region, input));

    [Fact]
    public void Phone_numbers_are_masked_with_their_country_code() =>
        Assert.Equal("+853 66****56", ApplicantPhone.Mask(PhoneRegion.Macau, "66123456"));
}
