using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Itou.Export.Tests.Pdf.Support;
using Itou.Export.Tests.Support;
using Markdig.Syntax;

namespace Itou.Export.Tests.Dialect;

/// <summary>
/// Code indentation on paper: for two successive lines of a code block with different leading spaces,
/// the second line's first word must sit that many monospace characters right (or left) of the first
/// line's (words placed by pdftotext <c>-bbox</c>). Only words printed once in the book and starting one
/// code line of the source are used, so that each is found without doubt.
/// </summary>
internal static partial class CodeIndentation
{
    private sealed record Word(int Page, double Left, double Right, string Text);

    public static (int Checked, List<string> Wrong) Check(ExportedPdf pdf)
    {
        var words = Words(pdf.Path).GroupBy(word => word.Text).Where(group => group.Count() == 1).ToDictionary(group => group.Key, group => group.Single(), StringComparer.Ordinal);
        var blocks = pdf.Publication.Pages.SelectMany(page => page.Document.Descendants<CodeBlock>()).Where(block => block.Lines.Lines is not null)
            .Select(block => block.Lines.Lines.Take(block.Lines.Count).Select(line => line.Slice.ToString()).ToList()).ToList();
        var starts = blocks.SelectMany(lines => lines).Select(First).OfType<string>().CountBy(token => token).ToDictionary(StringComparer.Ordinal);
        Word? Find(string line) => First(line) is { } token && starts[token] == 1 && words.TryGetValue(token, out var word) ? word : null;
        var checkedPairs = 0;
        var wrong = new List<string>();
        foreach (var lines in blocks)
        {
            for (var i = 1; i < lines.Count; i++)
            {
                var (above, below) = (lines[i - 1], lines[i]);
                var shift = Indent(below) - Indent(above);
                if (shift == 0 || Indent(above) < 0 || Indent(below) < 0 || Find(above) is not { } upper || Find(below) is not { } lower || upper.Page != lower.Page)
                    continue;
                // A monospace cell, measured on the two words themselves.
                var cell = (upper.Right - upper.Left + lower.Right - lower.Left) / (upper.Text.Length + lower.Text.Length);
                checkedPairs++;
                if (Math.Abs(lower.Left - upper.Left - shift * cell) > 1.5 * cell)
                    wrong.Add($"p. {lower.Page}: '{above.Trim()}' / '{below.Trim()}' shifted {(lower.Left - upper.Left) / cell:F1} cells, not {shift}");
            }
        }
        return (checkedPairs, wrong);
    }

    // Leading spaces; -1 when a tab is among them (its width is the renderer's choice) or the line is blank.
    private static int Indent(string line)
    {
        var spaces = line.Length - line.TrimStart().Length;
        return line.Trim().Length == 0 || line[..spaces].Contains('\t') ? -1 : spaces;
    }

    // The first word when it is plain ASCII of 3 characters at least (its width then measures the cell).
    private static string? First(string line) =>
        line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { Length: >= 3 } token && token.All(char.IsAscii) ? token : null;

    private static List<Word> Words(string path)
    {
        var (_, html) = ExternalTool.RunOrSkip("pdftotext", "-bbox", path, "-");
        var words = new List<Word>();
        var page = 0;
        foreach (Match match in Element().Matches(html))
        {
            if (match.Groups["page"].Success)
            {
                page++;
                continue;
            }
            var left = double.Parse(match.Groups["left"].Value, CultureInfo.InvariantCulture);
            var right = double.Parse(match.Groups["right"].Value, CultureInfo.InvariantCulture);
            words.Add(new Word(page, left, right, WebUtility.HtmlDecode(match.Groups["text"].Value)));
        }
        return words;
    }

    [GeneratedRegex("""(?<page><page )|<word xMin="(?<left>[\d.]+)" yMin="[\d.]+" xMax="(?<right>[\d.]+)" yMax="[\d.]+">(?<text>[^<]*)</word>""")]
    private static partial Regex Element();
}
