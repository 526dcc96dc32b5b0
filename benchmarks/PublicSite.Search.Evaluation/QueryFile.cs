using System.Globalization;

namespace PublicSite.Search.Evaluation;

/// <summary>
/// Reads the judged queries: tab-separated <c>kind, scope, query, judgements</c>, the judgements being
/// space-separated <c>key:grade</c> pairs. Blank lines and lines starting with <c>#</c> are comments.
/// </summary>
internal static class QueryFile
{
    public static readonly IReadOnlyList<string> Scopes = ["zh", "pt", "both"];

    public static IReadOnlyList<JudgedQuery> Parse(string text)
    {
        var queries = new List<JudgedQuery>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var columns = line.Split('\t');
            if (columns.Length != 4)
            {
                throw new FormatException($"queries line {i + 1}: expected 4 tab-separated columns, found {columns.Length}");
            }
            var (kind, scope, query, judged) = (columns[0].Trim(), columns[1].Trim(), columns[2], columns[3]);
            if (!Scopes.Contains(scope))
            {
                throw new FormatException($"queries line {i + 1}: scope '{scope}' is not zh, pt or both");
            }
            var grades = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var pair in judged.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = pair.LastIndexOf(':');
                if (colon <= 0 || !int.TryParse(pair.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var grade) || grade is < 0 or > 3)
                {
                    throw new FormatException($"queries line {i + 1}: '{pair}' is not key:grade with a grade from 0 to 3");
                }
                if (!grades.TryAdd(pair[..colon], grade))
                {
                    throw new FormatException($"queries line {i + 1}: '{pair[..colon]}' is judged twice");
                }
            }
            queries.Add(new JudgedQuery(i + 1, kind, scope, query, grades));
        }
        return queries;
    }
}
