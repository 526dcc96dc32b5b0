using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PublicSite.Web.Tests.Feedback;

/// <summary>A reader's browser answering "is this page useful?" as a page without JavaScript lets them: the box's GET, then the form's post.</summary>
public sealed class FeedbackBrowser(SiteFactory site)
{
    public HttpClient Http { get; } = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Clicks yes or no in the box of <paramref name="pagePath"/> and returns the feedback form's address and page.</summary>
    public async Task<(string Address, IHtmlDocument Page)> OpenAsync(string pagePath, string useful)
    {
        var (response, page) = await site.GetPageAsync(pagePath, Http);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var box = page.QuerySelector("#feedback form") as IHtmlFormElement ?? throw new InvalidOperationException($"No feedback box on {pagePath}.");
        Assert.Equal("get", box.Method, ignoreCase: true);
        var item = ((IHtmlInputElement)box.QuerySelector("input[name=item]")!).Value;
        var address = $"{box.GetAttribute("action")}?item={item}&useful={useful}";
        var (formResponse, form) = await site.GetPageAsync(address, Http);
        Assert.Equal(HttpStatusCode.OK, formResponse.StatusCode);
        return (address, form);
    }

    /// <summary>Answers on <paramref name="pagePath"/>; <paramref name="change"/> may alter or drop the posted fields.</summary>
    public async Task<HttpResponseMessage> SendAsync(string pagePath, string useful, string? comment = null, Action<Dictionary<string, string>>? change = null)
    {
        var (address, page) = await OpenAsync(pagePath, useful);
        var form = (IHtmlFormElement)page.QuerySelector("form.feedback-form")!;
        var fields = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden").ToDictionary(i => i.Name!, i => i.Value);
        fields["Form.Useful"] = form.Elements.OfType<IHtmlInputElement>().Single(i => i.Type == "radio" && i.IsChecked).Value;
        fields["Form.Comment"] = comment ?? "";
        change?.Invoke(fields);
        return await Http.PostAsync(string.IsNullOrEmpty(form.GetAttribute("action")) ? address : form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }
}
