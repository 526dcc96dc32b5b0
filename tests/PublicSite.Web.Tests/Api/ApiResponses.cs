using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PublicSite.Web.Tests.Api;

internal static class ApiResponses
{
    public static async Task<JsonNode> JsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>Every item of the content list, following the cursors to the end.</summary>
    public static async Task<List<JsonNode>> AllItemsAsync(this HttpClient client, string query = "")
    {
        var items = new List<JsonNode>();
        string? url = "/api/v1/content?pageSize=100" + query;
        while (url is not null)
        {
            var page = await client.JsonAsync(url);
            items.AddRange(page["items"]!.AsArray().Select(i => i!));
            url = page["next"]?.GetValue<string>();
        }
        return items;
    }

    /// <summary>Every event of the change feed from the start.</summary>
    public static async Task<List<JsonNode>> AllChangesAsync(this HttpClient client)
    {
        var changes = new List<JsonNode>();
        var since = 0L;
        while (true)
        {
            var page = await client.JsonAsync($"/api/v1/changes?since={since}&limit=500");
            changes.AddRange(page["changes"]!.AsArray().Select(c => c!));
            since = page["cursor"]!.GetValue<long>();
            if (!page["hasMore"]!.GetValue<bool>())
            {
                return changes;
            }
        }
    }
}
