using System.Text.RegularExpressions;
using Itou.Export.Publishing;
using Markdig.Extensions.Emoji;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Emoji;

/// <summary>
/// GitBook <c>:name:</c> shortcodes to Unicode: Markdig's table (GitHub's set as Markdig ships it), completed
/// by the names it lacks from gemoji 8.1.0 (GitHub's current set: <c>:abacus:</c>, <c>:partying_face:</c>)
/// and from Emojibase 17.0.0's own shortcodes (<c>:notepad_spiral:</c>), both MIT, generated once into
/// shortcodes-supplement.tsv (name, tab, emoji).
/// </summary>
internal static partial class Shortcodes
{
    /// <summary>Every shortcode, with its colons (<c>:tada:</c>), to its emoji.</summary>
    public static IDictionary<string, string> Table { get; } = Build();

    /// <summary>Shortcodes in text that does not go through Markdig's emoji parser (HTML content).</summary>
    public static string Replace(string text) =>
        text.Contains(':') ? ShortcodePattern().Replace(text, m => Table.TryGetValue(m.Value, out var emoji) ? emoji : m.Value) : text;

    /// <summary>Names no table knows stay text; the page says so once, as information.</summary>
    internal static void ReportUnknown(MarkdownDocument document, PageState page)
    {
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        var firstLine = -1;
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            if (!literal.Content.AsSpan().Contains(':')) continue;
            foreach (Match match in NamePattern().Matches(literal.Content.ToString()))
            {
                if (Table.ContainsKey(match.Value)) continue;
                unknown.Add(match.Value);
                if (firstLine < 0) firstLine = literal.Line;
            }
        }
        if (unknown.Count > 0)
            page.Report(DiagnosticCodes.MarkdownUnknownEmoji, firstLine, $"No emoji is named {string.Join(", ", unknown)}: printed as written.", DiagnosticSeverity.Info);
    }

    private static Dictionary<string, string> Build()
    {
        var table = new Dictionary<string, string>(EmojiMapping.GetDefaultEmojiShortcodeToUnicode(), StringComparer.Ordinal);
        using var stream = typeof(Shortcodes).Assembly.GetManifestResourceStream("Itou.Export.Markdown.Emoji.shortcodes-supplement.tsv")!;
        using var reader = new StreamReader(stream);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var tab = line.IndexOf('\t');
            if (tab > 0) table.TryAdd($":{line[..tab]}:", line[(tab + 1)..]);
        }
        return table;
    }

    [GeneratedRegex(@":[a-z0-9_+\-]+:")]
    private static partial Regex ShortcodePattern();

    /// <summary>What reads as a shortcode in prose: a word of letters first (<c>:smile:</c>, not <c>12:30:00</c> or <c>:8080:</c>).</summary>
    [GeneratedRegex(@"(?<![\w:/]):[a-z][a-z0-9_+\-]*[a-z0-9]:(?![\w:/])")]
    private static partial Regex NamePattern();
}
