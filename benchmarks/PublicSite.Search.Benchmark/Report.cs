using System.Globalization;

namespace PublicSite.Search.Benchmark;

/// <summary>Figures printed the same way on every machine (invariant culture).</summary>
internal static class Report
{
    public static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    public static double Percentile(IReadOnlyList<double> values, double percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public static void Target(string name, double value, string unit, double target, bool lowerIsBetter)
    {
        var met = lowerIsBetter ? value <= target : value >= target;
        Line($"{(met ? "met   " : "MISSED")} {name}: {value:N1} {unit} (target {(lowerIsBetter ? "≤" : "≥")} {target:N0} {unit})");
    }
}
