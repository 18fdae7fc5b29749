using System.Globalization;
using Itou.Export.Scripts;

namespace Itou.Export.Tests.Scripts;

/// <summary>
/// UAX #9's own conformance tests, every case: BidiTest.txt (classes, three paragraph directions) and
/// BidiCharacterTest.txt (characters, paired brackets), from Debian's unicode-data package (Unicode 15.0).
/// </summary>
public sealed class BidiConformanceTests(ITestOutputHelper output)
{
    private const string Folder = "/usr/share/unicode";

    [Fact]
    public void Every_case_of_BidiTest_passes()
    {
        var lines = ReadOrSkip("BidiTest.txt");
        string[] levels = [], order = [];
        int cases = 0, failures = 0;
        var failed = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith("@Levels:", StringComparison.Ordinal))
                levels = Fields(line[8..]);
            else if (line.StartsWith("@Reorder:", StringComparison.Ordinal))
                order = Fields(line[9..]);
            if (line.Length == 0 || line[0] is '#' or '@')
                continue;
            var parts = line.Split(';');
            var classes = Fields(parts[0]).Select(Enum.Parse<BidiClass>).ToArray();
            var bits = int.Parse(parts[1].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            foreach (var (bit, level) in new (int, byte?)[] { (1, null), (2, 0), (4, 1) })
            {
                if ((bits & bit) == 0)
                    continue;
                cases++;
                var (gotLevels, gotOrder) = Run(classes, [], level);
                if (gotLevels.SequenceEqual(levels) && gotOrder.SequenceEqual(order))
                    continue;
                if (++failures <= 10)
                    failed.Add($"{parts[0].Trim()} (paragraph {level?.ToString(CultureInfo.InvariantCulture) ?? "auto"}): levels {string.Join(' ', gotLevels)}, order {string.Join(' ', gotOrder)}; expected {string.Join(' ', levels)} / {string.Join(' ', order)}");
            }
        }
        output.WriteLine($"BidiTest.txt: {cases - failures} of {cases} cases pass.");
        Assert.True(failures == 0, $"{failures} of {cases} cases fail, first:\n{string.Join('\n', failed)}");
        Assert.True(cases > 700_000, $"only {cases} cases read");
    }

    [Fact]
    public void Every_case_of_BidiCharacterTest_passes()
    {
        int cases = 0, failures = 0;
        var failed = new List<string>();
        foreach (var line in ReadOrSkip("BidiCharacterTest.txt"))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.Split(';');
            var codePoints = Fields(fields[0]).Select(hex => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            byte? direction = fields[1] switch { "0" => 0, "1" => 1, _ => null };
            cases++;
            var classes = codePoints.Select(BidiData.ClassOf).ToArray();
            var paragraph = BidiParagraph.Resolve(classes, codePoints, direction);
            var (gotLevels, gotOrder) = Run(classes, codePoints, direction);
            if (paragraph.Level.ToString(CultureInfo.InvariantCulture) == fields[2] && gotLevels.SequenceEqual(Fields(fields[3])) && gotOrder.SequenceEqual(Fields(fields[4])))
                continue;
            if (++failures <= 10)
                failed.Add($"{fields[0]} (direction {fields[1]}): level {paragraph.Level}, levels {string.Join(' ', gotLevels)}, order {string.Join(' ', gotOrder)}; expected {fields[2]} / {fields[3]} / {fields[4]}");
        }
        output.WriteLine($"BidiCharacterTest.txt: {cases - failures} of {cases} cases pass.");
        Assert.True(failures == 0, $"{failures} of {cases} cases fail, first:\n{string.Join('\n', failed)}");
        Assert.True(cases > 90_000, $"only {cases} cases read");
    }

    /// <summary>The levels (x for a removed character) and the visual order of one line holding the whole paragraph.</summary>
    private static (string[] Levels, string[] Order) Run(BidiClass[] classes, int[] codePoints, byte? direction)
    {
        var paragraph = BidiParagraph.Resolve(classes, codePoints, direction);
        var line = paragraph.LineLevels(0, classes.Length);
        var levels = new string[classes.Length];
        for (var i = 0; i < levels.Length; i++)
            levels[i] = paragraph.IsRemoved(i) ? "x" : line[i].ToString(CultureInfo.InvariantCulture);
        var order = BidiParagraph.VisualOrder(line).Where(i => !paragraph.IsRemoved(i)).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
        return (levels, order);
    }

    private static string[] Fields(string text) => text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    private static string[] ReadOrSkip(string name)
    {
        var path = Path.Combine(Folder, name);
        if (!File.Exists(path))
            Assert.Skip($"{path} is absent (install Debian's unicode-data package): UAX #9 conformance test skipped.");
        return File.ReadAllLines(path);
    }
}
