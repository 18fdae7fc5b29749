using System.Globalization;
using System.Text;
using Itou.Export.Scripts;

namespace Itou.Export.Tests.Scripts;

/// <summary>
/// UAX #14's own conformance test, LineBreakTest.txt (Unicode 15.0, Debian's unicode-data package):
/// every line's breaks as the untailored rules give them. The exporter's tailoring (Korean keep-all,
/// Thai and Lao dictionaries, hyphens, long tokens) is tested by hand in <see cref="LineBreakTests"/>.
/// </summary>
public sealed class LineBreakConformanceTests
{
    private const string TestFile = "/usr/share/unicode/auxiliary/LineBreakTest.txt";

    [Fact]
    public void Every_case_of_LineBreakTest_txt_breaks_as_UAX_14_says()
    {
        if (!File.Exists(TestFile))
            Assert.Skip($"{TestFile} is absent (Debian package unicode-data): the UAX #14 conformance test is skipped.");
        var failures = new List<string>();
        var cases = 0;
        foreach (var line in File.ReadLines(TestFile))
        {
            var body = line.Split('#')[0].Trim();
            if (body.Length == 0)
                continue;
            cases++;
            var (text, expected) = Parse(body);
            var actual = Breaks(text);
            if (!actual.SequenceEqual(expected))
                failures.Add($"{body}  got [{string.Join(",", actual)}] want [{string.Join(",", expected)}]");
        }

        Assert.True(cases > 7000, $"only {cases} cases read");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases differ:\n{string.Join("\n", failures.Take(30))}");
    }

    /// <summary>The text of a test line and the UTF-16 positions inside it where it says a line may start.</summary>
    private static (string Text, List<int> Breaks) Parse(string body)
    {
        var text = new StringBuilder();
        var breaks = new List<int>();
        foreach (var token in body.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token == "÷")
                breaks.Add(text.Length);
            else if (token != "×")
                text.Append(char.ConvertFromUtf32(int.Parse(token, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        }
        breaks.RemoveAll(b => b == 0 || b == text.Length);
        return (text.ToString(), breaks);
    }

    private static List<int> Breaks(string text)
    {
        var opportunities = LineBreaks.Compute(text, tailored: false);
        return [.. Enumerable.Range(1, Math.Max(0, text.Length - 1)).Where(i => opportunities[i])];
    }
}
