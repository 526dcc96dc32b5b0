using System.Globalization;
using System.Net.Mail;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.Applications;

/// <summary>
/// The server-side checks of an application form, in the order of its fields. Names and school details may be
/// written in Simplified or Traditional Chinese, Portuguese or English: any letters are accepted.
/// </summary>
public static class ApplicationFormValidator
{
    public static (IReadOnlyList<FieldError> Errors, ValidApplication? Application) Validate(
        ApplicationForm form, DateOnly today, ApplicationsOptions options)
    {
        var errors = new List<FieldError>();
        void Fail(string field, string key) => errors.Add(new FieldError(field, key));

        var fullName = Clean(form.FullName);
        if (fullName.Length == 0) Fail(nameof(form.FullName), "FullNameRequired");
        else if (fullName.Length > ApplicationLimits.Name || !IsName(fullName)) Fail(nameof(form.FullName), "FullNameInvalid");

        IdDocumentType? idType = Enum.TryParse<IdDocumentType>(form.IdDocumentType, out var t) && IdDocumentTypes.ForApplications.Contains(t) ? t : null;
        if (idType is null) Fail(nameof(form.IdDocumentType), "IdDocumentTypeRequired");
        var idNumber = ApplicantIdentity.Normalize(form.IdNumber);
        if (idNumber.Length == 0) Fail(nameof(form.IdNumber), "IdNumberRequired");
        else if (idType is { } type && !ApplicantIdentity.IsValid(type, idNumber)) Fail(nameof(form.IdNumber), "IdNumberInvalid_" + type);

        var birth = ParseDate(form.DateOfBirth);
        var age = birth is { } b ? AgeOn(b, today) : (int?)null;
        if (form.DateOfBirth is null || form.DateOfBirth.Trim().Length == 0) Fail(nameof(form.DateOfBirth), "DateOfBirthRequired");
        else if (birth is null || birth > today) Fail(nameof(form.DateOfBirth), "DateOfBirthInvalid");
        else if (age < options.MinimumAge) Fail(nameof(form.DateOfBirth), "TooYoung");
        else if (age > options.MaximumAge) Fail(nameof(form.DateOfBirth), "TooOld");

        var email = Clean(form.Email);
        if (email.Length == 0) Fail(nameof(form.Email), "EmailRequired");
        else if (email.Length > ApplicationLimits.Email || !IsEmail(email)) Fail(nameof(form.Email), "EmailInvalid");

        PhoneRegion? region = Enum.TryParse<PhoneRegion>(form.PhoneRegion, out var r) && Enum.IsDefined(r) ? r : null;
        if (region is null) Fail(nameof(form.PhoneRegion), "PhoneRegionRequired");
        var phone = region is { } pr ? ApplicantPhone.National(pr, form.Phone) : null;
        if (Clean(form.Phone).Length == 0) Fail(nameof(form.Phone), "PhoneRequired");
        else if (region is { } known && phone is null) Fail(nameof(form.Phone), "PhoneInvalid_" + known);

        var school = Required(form.School, nameof(form.School), "SchoolRequired", ApplicationLimits.ShortText);
        var major = Required(form.Major, nameof(form.Major), "MajorRequired", ApplicationLimits.ShortText);
        var year = Required(form.YearOfStudy, nameof(form.YearOfStudy), "YearOfStudyRequired", ApplicationLimits.ShortText);
        var preferred = Clean(form.PreferredHost);
        if (preferred.Length > ApplicationLimits.ShortText) Fail(nameof(form.PreferredHost), "TooLong");
        var statement = Required(form.Statement, nameof(form.Statement), "StatementRequired", ApplicationLimits.Statement, multiline: true);

        // Too young is one error already: the guardian's fields are asked for only within the allowed ages.
        var isMinor = age is { } a && a < 18 && a >= options.MinimumAge;
        var guardian = Clean(form.GuardianName);
        if (isMinor && guardian.Length == 0) Fail(nameof(form.GuardianName), "GuardianNameRequired");
        else if (guardian.Length > 0 && (guardian.Length > ApplicationLimits.Name || !IsName(guardian))) Fail(nameof(form.GuardianName), "FullNameInvalid");

        if (!form.PersonalConsent) Fail(nameof(form.PersonalConsent), "PersonalConsentRequired");
        if (!form.SensitiveConsent) Fail(nameof(form.SensitiveConsent), "SensitiveConsentRequired");
        if (isMinor && !form.GuardianConsent) Fail(nameof(form.GuardianConsent), "GuardianConsentRequired");

        if (errors.Count > 0)
        {
            return (errors, null);
        }
        return (errors, new ValidApplication(fullName, idType!.Value, idNumber, birth!.Value, email, region!.Value, phone!,
            school, major, year, preferred.Length == 0 ? null : preferred, statement, isMinor ? guardian : null, isMinor));

        string Required(string? value, string field, string key, int max, bool multiline = false)
        {
            var text = multiline ? (value ?? "").Trim() : Clean(value);
            if (text.Length == 0) Fail(field, key);
            else if (text.Length > max) Fail(field, "TooLong");
            else if (text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))) Fail(field, "TextInvalid");
            return text;
        }
    }

    public static int AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        return birth.AddYears(age) > day ? age - 1 : age;
    }

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;

    /// <summary>Trims and folds runs of white space (including the ideographic space) into one.</summary>
    private static string Clean(string? value) =>
        string.Join(' ', (value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Letters of any script and the marks, spaces and punctuation names use (· and ‧ in Chinese transliterations).
    private static bool IsName(string value) =>
        value.Any(char.IsLetter) && value.All(c => char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            || c is ' ' or '·' or '‧' or '・' or '-' or '\'' or '’' or '.' or ',');

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value
            && value.IndexOf('@', StringComparison.Ordinal) is var at && value.IndexOf('.', at) > at + 1 && !value.EndsWith('.');
}
