using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Features.Programmes;

namespace PublicSite.Web.Tests.Applications;

public sealed class ApplicationFormValidatorTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static ApplicationForm Valid() => new()
    {
        FullName = "陳美玲",
        IdDocumentType = "HongKongIdentityCard",
        IdNumber = "A123456(3)",
        DateOfBirth = "2004-09-15",
        Email = "chan@example.hk",
        PhoneRegion = "HongKong",
        Phone = "9123 4567",
        School = "香港大學",
        Major = "建築學",
        YearOfStudy = "2",
        Statement = "我想了解內地。",
        PersonalConsent = true,
        SensitiveConsent = true,
    };

    private static IReadOnlyList<FieldError> ErrorsOf(ApplicationForm form) =>
        ApplicationFormValidator.Validate(form, Today, new ApplicationsOptions()).Errors;

    [Fact]
    public void A_complete_form_in_Traditional_Chinese_passes_and_is_normalized()
    {
        var (errors, application) = ApplicationFormValidator.Validate(Valid(), Today, new ApplicationsOptions());

        Assert.Empty(errors);
        Assert.Equal("陳美玲", application!.FullName);
        Assert.Equal("A1234563", application.IdNumber);
        Assert.Equal("91234567", application.PhoneNational);
        Assert.False(application.IsMinor);
    }

    [Theory]
    [InlineData("Maria da Conceição Sá")]
    [InlineData("歐陽·志明")]
    [InlineData("CHAN Tai Man")]
    [InlineData("O'Neill-Lopes")]
    public void Names_in_any_script_are_accepted(string name)
    {
        var form = Valid();
        form.FullName = name;
        Assert.Empty(ErrorsOf(form));
    }

    [Theory]
    [InlineData("", "FullNameRequired")]
    [InlineData("R2-D2", "FullNameInvalid")]
    [InlineData("<script>", "FullNameInvalid")]
    public void Names_that_are_missing_or_not_names_are_refused(string name, string key)
    {
        var form = Valid();
        form.FullName = name;
        Assert.Contains(new FieldError(nameof(ApplicationForm.FullName), key), ErrorsOf(form));
    }

    [Fact]
    public void The_ID_number_error_names_the_format_of_the_chosen_document()
    {
        var form = Valid();
        form.IdDocumentType = "MacauIdentityCard";
        Assert.Contains(new FieldError(nameof(ApplicationForm.IdNumber), "IdNumberInvalid_MacauIdentityCard"), ErrorsOf(form));
    }

    [Theory]
    [InlineData("2011-12-02", "TooYoung")]
    [InlineData("1980-11-30", "TooOld")]
    [InlineData("2027-01-01", "DateOfBirthInvalid")]
    [InlineData("15/09/2004", "DateOfBirthInvalid")]
    [InlineData("", "DateOfBirthRequired")]
    public void Dates_of_birth_outside_the_allowed_ages_are_refused(string birth, string key)
    {
        var form = Valid();
        form.DateOfBirth = birth;
        Assert.Equal([new FieldError(nameof(ApplicationForm.DateOfBirth), key)], ErrorsOf(form));
    }

    [Fact]
    public void An_applicant_turning_15_today_may_apply_with_a_guardian()
    {
        var form = Valid();
        form.DateOfBirth = "2011-12-01";
        form.GuardianName = "陳大文";
        form.GuardianConsent = true;
        var (errors, application) = ApplicationFormValidator.Validate(form, Today, new ApplicationsOptions());
        Assert.Empty(errors);
        Assert.True(application!.IsMinor);
    }

    [Fact]
    public void Under_18_needs_a_guardian_name_and_consent()
    {
        var form = Valid();
        form.DateOfBirth = "2008-12-02";
        Assert.Equal(
            [new FieldError(nameof(ApplicationForm.GuardianName), "GuardianNameRequired"), new FieldError(nameof(ApplicationForm.GuardianConsent), "GuardianConsentRequired")],
            ErrorsOf(form));
    }

    [Fact]
    public void Eighteen_today_needs_no_guardian()
    {
        var form = Valid();
        form.DateOfBirth = "2008-12-01";
        Assert.Empty(ErrorsOf(form));
    }

    [Fact]
    public void Both_consents_are_required_separately()
    {
        var form = Valid();
        form.PersonalConsent = false;
        form.SensitiveConsent = false;
        Assert.Equal(
            [new FieldError(nameof(ApplicationForm.PersonalConsent), "PersonalConsentRequired"), new FieldError(nameof(ApplicationForm.SensitiveConsent), "SensitiveConsentRequired")],
            ErrorsOf(form));
    }

    [Theory]
    [InlineData("Macau", "9123 4567", "PhoneInvalid_Macau")]
    [InlineData("Mainland", "6612 3456", "PhoneInvalid_Mainland")]
    [InlineData("Moon", "6612 3456", "PhoneRegionRequired")]
    public void Phone_numbers_are_checked_against_the_chosen_region(string region, string phone, string key)
    {
        var form = Valid();
        form.PhoneRegion = region;
        form.Phone = phone;
        Assert.Contains(ErrorsOf(form), e => e.MessageKey == key);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("a@b")]
    [InlineData("chan@example.hk.")]
    public void Malformed_emails_are_refused(string email)
    {
        var form = Valid();
        form.Email = email;
        Assert.Equal([new FieldError(nameof(ApplicationForm.Email), "EmailInvalid")], ErrorsOf(form));
    }

    [Fact]
    public void Statements_longer_than_2000_characters_are_refused()
    {
        var form = Valid();
        form.Statement = new string('澳', 2001);
        Assert.Equal([new FieldError(nameof(ApplicationForm.Statement), "TooLong")], ErrorsOf(form));
    }
}
