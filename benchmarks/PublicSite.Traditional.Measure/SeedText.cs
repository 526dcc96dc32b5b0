namespace PublicSite.Traditional.Measure;

/// <summary>A Chinese title, summary or body from a seed file (<c>*.zh.md</c>).</summary>
public sealed record SeedText(string File, string Part, string Text)
{
    public static IReadOnlyList<SeedText> ReadAll(string seed)
    {
        var texts = new List<SeedText>();
        foreach (var path in Directory.EnumerateFiles(seed, "*.zh.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(seed, path);
            var content = System.IO.File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var end = content.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            var front = content[4..end].Split('\n');
            foreach (var part in new[] { "title", "summary" })
            {
                var line = front.FirstOrDefault(l => l.StartsWith(part + ":", StringComparison.Ordinal));
                if (line is not null)
                {
                    texts.Add(new(file, part, line[(part.Length + 1)..].Trim()));
                }
            }
            texts.Add(new(file, "body", content[(end + 5)..]));
        }
        return texts;
    }
}
