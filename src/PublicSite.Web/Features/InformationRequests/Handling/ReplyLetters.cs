using System.Globalization;
using Microsoft.Extensions.Localization;
using PublicSite.Cms.Content;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Shared;
using PublicSite.Web.Features.WorkingDays;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>
/// The reply letters' wording, always in the applicant's language whatever the manager's screen speaks: a template
/// per decision kind to start from, and the fixed head (reference, decision) and foot (office, date) of the PDF.
/// </summary>
public sealed class ReplyLetters(IStringLocalizer<InformationRequestsText> text, WorkingDayCalendar calendar, TimeProvider time)
{
    /// <summary>The template for <paramref name="decision"/>, or for the extension notice when it is null.</summary>
    public string Draft(InformationRequest request, RequestDecision? decision, DecisionGround? ground, string? note) => In(request, () =>
    {
        var language = LanguageOf(request);
        var received = SiteDates.Written(request.Clock.ReceiptDay(calendar), language);
        var key = decision is { } d ? "LetterBody_" + d : "LetterBody_Extension";
        var groundText = ground is { } g ? text["Ground_" + g].Value : "";
        return text[key, request.Name, request.ReferenceNumber, received, request.Description, groundText, note ?? ""].Value;
    });

    public string Title(InformationRequest request, RequestDecision? decision) =>
        In(request, () => text[decision is RequestDecision.CorrectionNeeded ? "LetterTitle_Correction" : decision is null ? "LetterTitle_Extension" : "LetterTitle"].Value);

    /// <summary>The whole letter as sent and kept: head, the body as written in the manager, foot.</summary>
    public string Full(InformationRequest request, RequestDecision? decision, string body) => In(request, () =>
    {
        var language = LanguageOf(request);
        var today = SiteDates.Written(SiteClock.ChinaDate(time.GetUtcNow().UtcDateTime), language);
        var head = text["ReferenceNumber"] + ": " + request.ReferenceNumber + "\n"
            + text["LetterDecision"] + ": " + text[decision is { } d ? "Decision_" + d : "Step_Extended"] + "\n\n";
        return head + body.Trim() + "\n\n" + text["MailSignature"] + "\n" + today;
    });

    public static SiteLanguage LanguageOf(InformationRequest request) => SiteLanguage.FromCulture(request.Language) ?? SiteLanguage.Chinese;

    private static T In<T>(InformationRequest request, Func<T> write)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(request.Language);
        try
        {
            return write();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
